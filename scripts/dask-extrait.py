#!/usr/bin/env python3
"""Run extrait over a JSONL corpus on a Dask cluster: each partition of lines is piped through
one `extrait --input-format jsonl --jobs 1 --quiet` process (line in, record out).

  python3 scripts/dask-extrait.py docs.jsonl records.jsonl                    # local cluster
  python3 scripts/dask-extrait.py docs.jsonl records.jsonl --scheduler tcp://host:8786

Without --scheduler it starts a LocalCluster on 127.0.0.1 (a scheduler and --workers worker
processes, one thread each). A partition whose mapper fails (extrait exit status other than 0
or 1, a lost worker) is retried up to --retries times by the scheduler; a retried partition
is recomputed whole, so no record is lost or doubled. Records come back in input order.

--fail-once-marker PATH (for the tests): the partition holding the line with id --fail-id
raises once, creating PATH, and succeeds when retried.
Needs Debian's python3-dask and python3-distributed (or pip's dask[distributed]).
"""
import argparse
import json
import os
import subprocess
import sys


def make_mapper(cmd, fail_id, marker):
    def run_partition(lines):
        lines = list(lines)
        if not lines:
            return []
        if marker and fail_id is not None and any(json.loads(l).get("id") == fail_id for l in lines):
            try:
                # O_EXCL: only the first attempt creates it, whichever worker runs it
                os.close(os.open(marker, os.O_CREAT | os.O_EXCL | os.O_WRONLY))
                raise RuntimeError(f"injected failure of the partition holding {fail_id}")
            except FileExistsError:
                pass
        data = ("\n".join(lines) + "\n").encode("utf-8")
        proc = subprocess.run(cmd, input=data, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        # exit 1 = some documents got error records (they are in the output): not a failure
        if proc.returncode not in (0, 1):
            raise RuntimeError(f"extrait exited {proc.returncode}: {proc.stderr.decode('utf-8', 'replace')[:500]}")
        out = proc.stdout.decode("utf-8").splitlines()
        if len(out) != len(lines):
            raise RuntimeError(f"extrait gave {len(out)} records for {len(lines)} lines")
        return out

    return run_partition


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("input")
    ap.add_argument("output")
    ap.add_argument("--scheduler", help="address of a running scheduler (default: a LocalCluster)")
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--partitions", type=int, default=8)
    ap.add_argument("--retries", type=int, default=2)
    ap.add_argument("--extrait", default=None, help="command to run (default: node bin/extrait.js of this checkout)")
    ap.add_argument("--fail-id")
    ap.add_argument("--fail-once-marker")
    a = ap.parse_args()

    import dask.bag as db
    from dask.distributed import Client, LocalCluster

    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    base = a.extrait.split() if a.extrait else ["node", os.path.join(root, "bin", "extrait.js")]
    cmd = base + ["--input-format", "jsonl", "--jobs", "1", "--quiet"]
    with open(a.input, encoding="utf-8") as f:
        lines = [l.rstrip("\n") for l in f if l.strip()]

    cluster = None
    if a.scheduler:
        client = Client(a.scheduler)
    else:
        cluster = LocalCluster(n_workers=a.workers, threads_per_worker=1, processes=True,
                               host="127.0.0.1", dashboard_address=None)
        client = Client(cluster)
    try:
        bag = db.from_sequence(lines, npartitions=min(a.partitions, max(1, len(lines))))
        mapped = bag.map_partitions(make_mapper(cmd, a.fail_id, a.fail_once_marker))
        # retries: a failed partition task is rescheduled whole
        records = client.compute(mapped, retries=a.retries).result()
        tmp = a.output + ".partial"
        with open(tmp, "w", encoding="utf-8") as out:
            for r in records:
                out.write(r + "\n")
        os.replace(tmp, a.output)
        print(f"dask-extrait: {len(records)} records from {len(lines)} lines, "
              f"{bag.npartitions} partitions, {len(client.scheduler_info()['workers'])} workers", file=sys.stderr)
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


if __name__ == "__main__":
    main()
