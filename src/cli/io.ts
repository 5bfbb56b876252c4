// Small I/O helpers for the command line: buffered output that survives a closed pipe.

export async function readStdin(): Promise<string> {
  if (process.stdin.isTTY) return '';
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

/** Output is written in pieces of this many bytes. */
const CHUNK = 1 << 20;

/**
 * Collects output and writes it in large pieces: one write per line is slow for big corpora. Lines
 * are encoded straight into the piece's buffer: joining them into one string first, then encoding
 * that, cost as much again for the 39 MB a 10 MB mailbox gives (bench-input).
 */
export class Out {
  private buf = Buffer.allocUnsafe(CHUNK);
  private at = 0;

  line(s: string): void {
    // UTF-8 takes at most 3 bytes per UTF-16 code unit (a surrogate pair: 4 bytes for 2 units).
    const most = (s.length + 1) * 3;
    if (most > CHUNK - this.at) {
      this.flush();
      if (most > CHUNK) {
        process.stdout.write(`${s}\n`);
        return;
      }
    }
    this.at += this.buf.write(s, this.at);
    this.buf[this.at++] = 10;
  }

  flush(): void {
    if (this.at === 0) return;
    process.stdout.write(this.buf.subarray(0, this.at));
    // A new buffer: the stream may still hold the old one.
    this.buf = Buffer.allocUnsafe(CHUNK);
    this.at = 0;
  }
}

// `bounce-lens parse dir | head` closes the pipe early; that is not an error.
process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code === 'EPIPE') process.exit(0);
  throw err;
});
