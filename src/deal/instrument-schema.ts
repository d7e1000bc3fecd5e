import { z } from 'zod';
import { identifier } from '../contract/clause.js';
import { dateString } from '../contract/exact-values.js';
import { instrumentSource } from './provenance.js';

/** The format version of amendment files and deal manifests this library reads. */
export const DEAL_FORMAT_VERSION = 1;

/**
 * What an instrument is to the deal: the `base` agreement; an `amendment` changing some of its
 * terms; a `restatement`, a whole contract replacing the terms from its effective date; a
 * `side-agreement`, an instrument beside the main one whose changes add to the terms.
 */
export const instrumentKind = z.enum(['base', 'amendment', 'restatement', 'side-agreement']).meta({
  description: 'base (the original agreement), amendment (changes some terms), restatement (a whole contract replacing the terms from its effective date) or side-agreement (adds terms beside the main agreement).',
});

/** One change an amendment makes, by clause id or by path. Exactly one of add, replace, set or delete. */
export const change = z
  .strictObject({
    ref: z.string().min(1).optional().meta({ description: 'The article of the amendment that makes the change, e.g. "Art. 2".' }),
    note: z.string().optional().meta({ description: 'What the change does, in a line.' }),
    source: instrumentSource.optional(),
    add: z.string().min(1).optional().meta({ description: 'Adds `clause` to the list (or the absent field) at this path, e.g. "revenue.royalties".' }),
    clause: z.unknown().optional().meta({ description: 'The clause `add` adds, written as in a contract.' }),
    replace: z.string().min(1).optional().meta({ description: 'Replaces the clause with this id by `with`.' }),
    with: z.unknown().optional().meta({ description: 'The clause that replaces the one `replace` names; its id defaults to the replaced one\'s.' }),
    set: z.string().min(1).optional().meta({ description: 'Sets the field at this path to `value`: a clause id then its field ("copper-royalty.rate"), or a path from the top ("term.years").' }),
    value: z.unknown().optional().meta({ description: 'The value `set` writes, as in a contract.' }),
    delete: z.string().min(1).optional().meta({ description: 'Deletes the clause with this id, or the field at this path.' }),
  })
  .refine((c) => [c.add, c.replace, c.set, c.delete].filter((x) => x !== undefined).length === 1, {
    error: 'a change states exactly one of "add", "replace", "set" or "delete"',
  })
  .meta({ title: 'Change', description: 'One change an amendment makes.' });

/** A change as written. */
export type Change = z.output<typeof change>;

/** An amendment or side-agreement file: the instrument's particulars and the changes it makes. */
export const amendmentSchema = z
  .strictObject({
    'fairlode-amendment': z.literal(DEAL_FORMAT_VERSION, { error: `expected the format version: fairlode-amendment: ${DEAL_FORMAT_VERSION}` }).meta({ description: 'The format version of this file.' }),
    id: identifier().meta({ description: 'Stable id of the instrument, unique in the deal.' }),
    kind: z.enum(['amendment', 'side-agreement']).default('amendment').meta({ description: 'amendment (the default) or side-agreement.' }),
    title: z.string().min(1).optional().meta({ description: 'The instrument\'s title, as the legal text gives it.' }),
    amends: identifier().optional().meta({ description: 'The id of the instrument it amends (the base or a restatement); checked when given.' }),
    signed: dateString().optional().meta({ description: 'Date the instrument was signed.' }),
    effective: dateString().meta({ description: 'Date its changes take effect.' }),
    source: instrumentSource.optional(),
    changes: z.array(change).min(1).meta({ description: 'The changes, applied in order.' }),
  })
  .meta({ title: 'fairlode amendment', description: 'An amendment or side agreement to a deal\'s terms.' });

/** An amendment file as written. */
export type AmendmentTerms = z.output<typeof amendmentSchema>;

/** One instrument listed in a deal manifest. */
export const manifestEntry = z
  .strictObject({
    file: z.string().min(1).meta({ description: 'The instrument file, relative to the manifest: a contract (base or restatement) or an amendment.' }),
    id: identifier().optional().meta({ description: 'The instrument id; defaults to an amendment\'s own id, or the file name without extension.' }),
    kind: instrumentKind.optional(),
    title: z.string().min(1).optional().meta({ description: 'The instrument\'s title.' }),
    signed: dateString().optional().meta({ description: 'Date signed; defaults to the file\'s.' }),
    effective: dateString().optional().meta({ description: 'Date in force; defaults to the file\'s.' }),
    source: instrumentSource.optional(),
  })
  .meta({ description: 'An instrument of the deal.' });

/** One ring-fenced project of a deal: a project company or licence with its own chain of instruments, taxed on its own. */
export const manifestProject = z
  .strictObject({
    id: identifier().meta({ description: 'Stable id of the project, unique in the deal; its actuals name it as their contract.' }),
    title: z.string().min(1).optional().meta({ description: 'The project\'s name (the project company or licence).' }),
    instruments: z.array(manifestEntry).min(1).meta({ description: 'The project\'s instruments (its own base agreement and amendments), in any order.' }),
  })
  .meta({ description: 'A ring-fenced project of the deal.' });

/** A deal manifest (`deal.yaml`): the deal's id and its instruments, or its ring-fenced projects. */
export const manifestSchema = z
  .strictObject({
    'fairlode-deal': z.literal(DEAL_FORMAT_VERSION, { error: `expected the format version: fairlode-deal: ${DEAL_FORMAT_VERSION}` }).meta({ description: 'The format version of this file.' }),
    id: identifier().meta({ description: 'Stable id of the deal.' }),
    title: z.string().min(1).optional().meta({ description: 'The deal\'s name.' }),
    instruments: z.array(manifestEntry).min(1).optional().meta({ description: 'The instruments, in any order; they apply in order of effective date.' }),
    projects: z.array(manifestProject).min(1).optional().meta({ description: 'Ring-fenced projects (project companies or licences), each with its own instruments and taxed on its own; instead of `instruments`.' }),
  })
  .refine((m) => (m.instruments === undefined) !== (m.projects === undefined), { error: 'a deal manifest lists either "instruments" or "projects", one of the two' })
  .meta({ title: 'fairlode deal', description: 'A deal: a base agreement and the instruments that amend or restate it, or several ring-fenced projects each with its own.' });

/** A manifest as written. */
export type ManifestTerms = z.output<typeof manifestSchema>;

/** A manifest's instrument entry as written. */
export type ManifestEntry = z.output<typeof manifestEntry>;
