// A panel of the workbench: a section beside the editor that shows one view of the work and is
// refreshed after each check. A new view is added by writing one of these and listing it in
// main.ts's PANELS.
import type { SourcePosition } from '../../diagnostics/diagnostic.js';
import type { ContractCheck } from '../contract-check.js';
import type { PayoutRunResult } from '../payout-run.js';
import type { WorkState } from '../work-state.js';

/** What every panel is given when the work changes. */
export interface PanelContext {
  /** The files and settings. */
  readonly work: WorkState;
  /** The checked contract. */
  readonly check: ContractCheck;
  /** The payouts of the actuals, when there are actuals and the contract loaded. */
  readonly payouts: PayoutRunResult | undefined;
  /** Moves the editor's cursor to a place in the contract. */
  readonly goTo: (position: SourcePosition) => void;
  /** Changes the work (e.g. adds actuals); the workbench saves it and refreshes every panel. */
  readonly update: (change: Partial<WorkState>) => void;
}

/** One panel. */
export interface WorkbenchPanel {
  /** The id of its section (used by the contents links). */
  readonly id: string;
  /** Its heading. */
  readonly title: string;
  /** Its body, created once. */
  readonly body: HTMLElement;
  /** Redraws the body for new work. */
  refresh(context: PanelContext): void;
}
