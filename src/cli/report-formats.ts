/** The formats of `fairlode check`. */
export const REPORT_FORMATS = ['stylish', 'json', 'sarif', 'junit', 'github', 'markdown'] as const;

/** One of {@link REPORT_FORMATS}. */
export type ReportFormat = (typeof REPORT_FORMATS)[number];

/** A format and where it goes: a file, or stdout when `file` is undefined. */
export interface OutputTarget {
  /** The format. */
  readonly format: ReportFormat;
  /** The file to write, relative to the working folder; stdout when undefined. */
  readonly file: string | undefined;
}

/** The severities, for `--fail-severity`. */
export const SEVERITIES = ['error', 'warning', 'info'] as const;
