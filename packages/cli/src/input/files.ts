import { stat } from 'node:fs/promises';
import type { RowIssue } from './convert';

/** The file problem of a path that cannot be read as a file (missing, a directory, no permission). */
export async function fileProblem(file: string): Promise<RowIssue | null> {
  const base = { file, line: 0, column: null, table: '-' };
  try {
    const s = await stat(file);
    if (s.isDirectory()) return { ...base, code: 'file_directory', messageFr: 'est un dossier, pas un fichier : donnez les fichiers qu’il contient', messageEn: 'is a directory, not a file: give the files it holds' };
    if (!s.isFile()) return { ...base, code: 'file_unreadable', messageFr: 'n’est pas un fichier ordinaire', messageEn: 'is not a regular file' };
    return null;
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return { ...base, code: 'file_missing', messageFr: 'fichier introuvable', messageEn: 'file not found' };
    return { ...base, code: 'file_unreadable', messageFr: 'fichier illisible (droits d’accès ?)', messageEn: 'unreadable file (permissions?)' };
  }
}

