// Files in and out of the workbench: reading opened or dropped files, and saving by download.
// Nothing leaves the browser.
import type { TextFile } from '../payout-run.js';

/** Reads the files the user opened or dropped, as text. */
export async function readFiles(files: FileList | readonly File[]): Promise<TextFile[]> {
  return Promise.all([...files].map(async (f) => ({ name: f.name, text: await f.text() })));
}

/** Saves text as a file through the browser's download. */
export function download(name: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
