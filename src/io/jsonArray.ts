/**
 * `--format json` with several documents: one JSON array, so that Python's json.load, or
 * JSON.parse of the whole output, reads it (concatenated objects only suit jq). One document
 * stays a bare object. Records arrive pretty-printed; inside the array they are indented once.
 */
export class JsonArrayWriter {
  private count = 0;

  constructor(private readonly enabled: boolean) {}

  /** What to write for one serialized record (`json` ends with a newline). */
  item(json: string): string {
    if (!this.enabled) return json;
    // JSON strings hold no raw newline, so indenting every line cannot change a value
    const body = json.replace(/\n$/, '').replace(/^/gm, '  ');
    return `${this.count++ === 0 ? '[\n' : ',\n'}${body}`;
  }

  /** What closes the output: the array's end ("[]" when no record came). */
  end(): string {
    if (!this.enabled) return '';
    return this.count === 0 ? '[]\n' : '\n]\n';
  }
}
