// Changes: what the contract in the editor changes against the file as it was opened (issue #16's
// diff): clause by clause in words, and the findings and scores before and after.
import { loadContract, type LoadedContract } from '../../contract/index.js';
import { diffContracts } from '../../diff/index.js';
import { formatDiffText } from '../../format/diff-text.js';
import { fill, h } from './element.js';
import type { WorkbenchPanel } from './workbench-panel.js';

/** The changes panel: the diff of the edited contract against the same file as opened. */
export function changesPanel(): WorkbenchPanel {
  const body = h('div', { class: 'panel-body' });
  let opened: { name: string; loaded: LoadedContract | undefined } | undefined;
  return {
    id: 'changes',
    title: 'Changes since opened',
    body,
    refresh(ctx) {
      const { name, text } = ctx.work.contract;
      if (opened === undefined || opened.name !== name) {
        const first = loadContract(text, { filename: name });
        opened = { name, loaded: first.ok ? first.value : undefined };
      }
      const now = ctx.check.loaded;
      if (opened.loaded === undefined) return fill(body, h('p', {}, 'The file as opened is not a usable contract, so there is nothing to compare with.'));
      if (now === undefined) return fill(body, h('p', {}, 'The changes are shown once the contract in the editor can be used again.'));
      const diff = diffContracts(opened.loaded, now, { labels: { before: `${name} as opened`, after: `${name} as edited` } });
      if (!diff.ok) return fill(body, h('p', { class: 'status status-bad' }, `The versions cannot be compared: ${diff.diagnostics.map((d) => d.message).join(' ')}`));
      fill(body, h('pre', { class: 'diff', 'data-diff': 'text' }, formatDiffText(diff.value)));
    },
  };
}
