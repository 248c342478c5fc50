/** Where a command writes: injected so tests can run the CLI without a terminal. */
export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** Whether stderr is a terminal (progress is shown only then). */
  isTty: boolean;
}

/** The process's own streams. */
export const processIo: CliIo = {
  stdout: (t) => process.stdout.write(t),
  stderr: (t) => process.stderr.write(t),
  isTty: Boolean(process.stderr.isTTY),
};

const COMMANDER_FR: [RegExp, string][] = [
  [/^error: unknown option/, 'option inconnue'],
  [/^error: unknown command/, 'commande inconnue'],
  [/^error: missing required argument/, 'argument obligatoire manquant'],
  [/^error: required option .* not specified/, 'option obligatoire manquante'],
  [/^error: option .* argument missing/, 'valeur d’option manquante'],
  [/^error: option .* argument .* is invalid/, 'valeur d’option non reconnue'],
  [/^error: too many arguments/, 'trop d’arguments'],
];

/**
 * A usage message of the argument parser (English) with its French translation first:
 * `erreur d’utilisation : option inconnue / error: unknown option '--x'`.
 */
export function translateCommanderMessage(text: string): string {
  const fr = COMMANDER_FR.find(([re]) => re.test(text))?.[1];
  return `erreur d’utilisation${fr ? ` : ${fr}` : ''} (siae --help) / ${text}`;
}
