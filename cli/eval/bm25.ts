/**
 * The README's baseline: BM25 over the calls' text, the body's whole strategy text as the query,
 * no stemming (lowercased words only).
 */
const words = (text: string) =>
  text
    .normalize('NFC')
    .toLowerCase()
    .match(/[\p{L}\p{N}]+/gu) ?? [];

export class Bm25 {
  private readonly docs: { id: string; tf: Map<string, number>; len: number }[] = [];
  private readonly df = new Map<string, number>();
  private avgLen = 0;
  constructor(
    docs: readonly { id: string; text: string }[],
    private readonly k1 = 1.2,
    private readonly b = 0.75,
  ) {
    for (const d of docs) {
      const tf = new Map<string, number>();
      const ws = words(d.text);
      for (const w of ws) tf.set(w, (tf.get(w) ?? 0) + 1);
      for (const w of tf.keys()) this.df.set(w, (this.df.get(w) ?? 0) + 1);
      this.docs.push({ id: d.id, tf, len: ws.length });
    }
    this.avgLen = this.docs.reduce((t, d) => t + d.len, 0) / (this.docs.length || 1);
  }

  rank(query: string): { id: string; score: number }[] {
    const q = new Map<string, number>();
    for (const w of words(query)) q.set(w, (q.get(w) ?? 0) + 1);
    const n = this.docs.length;
    return this.docs
      .map((d) => {
        let s = 0;
        for (const [w, qf] of q) {
          const f = d.tf.get(w);
          if (!f) continue;
          const df = this.df.get(w) ?? 0;
          const idf = Math.log(1 + (n - df + 0.5) / (df + 0.5));
          s += qf * idf * ((f * (this.k1 + 1)) / (f + this.k1 * (1 - this.b + (this.b * d.len) / this.avgLen)));
        }
        return { id: d.id, score: s };
      })
      .sort((x, y) => y.score - x.score || x.id.localeCompare(y.id));
  }
}
