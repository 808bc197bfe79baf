# extrait as a container: the same CLI, the same data, on every node of a cluster.
#   docker build -t extrait .
#   docker run --rm -v "$PWD":/work extrait corpus/ -o records.jsonl
#   cat article.txt | docker run --rm -i extrait
# Build stage: dev dependencies (TypeScript, esbuild) compile src/ to dist/ and bundle the CLI
# and the worker script (npm ci runs `prepare`).
FROM node:20-slim AS build
WORKDIR /app
COPY package.json package-lock.json tsconfig.json ./
COPY scripts/build-bundle.mjs ./scripts/
COPY src ./src
RUN npm ci --no-audit --no-fund

# Runtime stage: only what dist/ imports, the data and the launcher; no compiler, no sources.
FROM node:20-slim
ENV NODE_ENV=production
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --ignore-scripts --no-audit --no-fund && npm cache clean --force
COPY --from=build /app/dist ./dist
COPY bin ./bin
COPY data ./data
COPY docs/record.schema.json ./docs/record.schema.json
COPY LICENSE NOTICE README.md ./
# the node image's unprivileged user; inputs and outputs live in the mounted /work
USER node
WORKDIR /work
ENTRYPOINT ["node", "/app/bin/extrait.js"]
