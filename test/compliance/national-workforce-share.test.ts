// Regression from issue #12: P4-EMP-002's message ignored the contract's own later target.
// The base contract starts production on 2027-01-01; the rule's default deadline is 5 years
// later, 2032-01-01, and its benchmark 90%.
import { describe, expect, it } from 'vitest';
import { checkContract } from 'fairlode';
import { exampleContract } from './rule-example.js';

function messages(example: string): string[] {
  return checkContract(exampleContract(example)).findings.filter((f) => f.code === 'P4-EMP-002').map((f) => f.message);
}

describe('P4-EMP-002 names the contract\'s own later target', () => {
  it('when the target within the deadline is short and a higher one follows', () => {
    // 80% by 2029-12-31 is the best target by 2032-01-01 (short of 90%); the contract raises it to
    // 95% by 2035-12-31, after the deadline.
    expect(messages('community:\n  employment:\n    - { id: h, modality: shall, category: all, scope: national, targets: [ { by: 2029-12-31, share: "80%" }, { by: 2035-12-31, share: "95%" } ] }\n')).toEqual([
      "The national share of the workforce reaches 80% by 2029-12-31; at least 90% is expected by 2032-01-01. The contract's own later target, 95% by 2035-12-31, comes after that date.",
    ]);
  });

  it('when every target comes after the deadline', () => {
    // Before: "No binding target … falls within 5 years of the start of production.", as if the
    // contract had none.
    expect(messages('community:\n  employment:\n    - { id: h, modality: shall, category: all, scope: national, targets: [ { by: 2035-12-31, share: "95%" } ] }\n')).toEqual([
      "No binding target for the national share of the whole workforce falls within 5 years of the start of production (by 2032-01-01); the contract's own first target, 95% by 2035-12-31, comes after that.",
    ]);
  });

  it('and keeps the plain message when there is no later target', () => {
    expect(messages('community:\n  employment:\n    - { id: h, modality: shall, category: all, scope: national, targets: [ { by: 2031-12-31, share: "50%" } ] }\n')).toEqual([
      'The national share of the workforce reaches 50% by 2031-12-31; at least 90% is expected by 2032-01-01.',
    ]);
  });
});
