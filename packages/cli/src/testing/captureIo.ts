import type { CliIo } from '../io';

/**
 * A `CliIo` that keeps what a command prints (tests only): `out` and `err` grow with every write;
 * not a terminal.
 */
export function capture(): CliIo & { out: string; err: string } {
  const io = {
    out: '',
    err: '',
    isTty: false,
    stdout: (t: string) => {
      io.out += t;
    },
    stderr: (t: string) => {
      io.err += t;
    },
  };
  return io;
}
