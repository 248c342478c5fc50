import { main } from './main';

// A closed pipe (`siae ... | head`) is not an error for the user.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(0);
});

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    process.stderr.write(`Erreur inattendue / unexpected error: ${e instanceof Error ? e.name : 'unknown'}\n`);
    process.exitCode = 3;
  },
);
