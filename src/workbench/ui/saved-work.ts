// The work kept in the browser's localStorage, so a closed tab loses nothing.
import { readWorkState, type WorkState } from '../work-state.js';

/** The localStorage key of the saved work. */
export const SAVED_WORK_KEY = 'fairlode-workbench/v1';

/** The saved work, or undefined when there is none (or storage is unavailable, as in some file:// settings). */
export function loadSavedWork(): WorkState | undefined {
  try {
    return readWorkState(localStorage.getItem(SAVED_WORK_KEY));
  } catch {
    return undefined;
  }
}

/** Saves the work; returns false when the browser refuses (storage full or disabled). */
export function saveWork(work: WorkState): boolean {
  try {
    localStorage.setItem(SAVED_WORK_KEY, JSON.stringify(work));
    return true;
  } catch {
    return false;
  }
}
