// The shape of one error area's code table: every user-error code of one part of accsim with a
// one-line meaning. The messages themselves are built where a problem is found (they carry values);
// the tables give each code one meaning, the union type ErrorCode and the generated docs/ERRORS.md.

/** One area's codes: `prefix` + three digits, each with what it means. */
export interface ErrorArea {
  /** Every code of the area starts with it, e.g. 'QIR'. */
  readonly prefix: string;
  /** Heading of the area's section in docs/ERRORS.md. */
  readonly title: string;
  /** Where the codes are raised (folders or files), for a reader looking for the check. */
  readonly source: string;
  /** Code → one-line meaning. */
  readonly codes: Readonly<Record<string, string>>;
}
