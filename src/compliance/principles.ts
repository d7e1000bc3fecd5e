/**
 * The five guiding principles and the three governance reforms that the compliance rules check
 * a contract against (from the partnership article; see docs/compliance.md).
 */

/**
 * The id of a principle (P1–P5), a governance reform (G1–G3), or the fiscal terms (F1) by which the
 * host state shares in the value the deal creates.
 */
export type Principle = 'P1' | 'P2' | 'P3' | 'P4' | 'P5' | 'G1' | 'G2' | 'G3' | 'F1';

/** What a principle or reform asks of a contract, in a line. */
export interface PrincipleInfo {
  /** Its id, e.g. `P1`. */
  readonly id: Principle;
  /** A guiding principle, a governance reform, or the fiscal terms. */
  readonly kind: 'principle' | 'reform' | 'terms';
  /** Its short name, e.g. `Joint exploration and mapping`. */
  readonly title: string;
  /** What it asks for, in one sentence. */
  readonly summary: string;
}

/**
 * The principles and reforms, in report order: P1–P5, G1–G3, then the fiscal terms F1.
 *
 * @example
 * ```ts
 * PRINCIPLES.find((p) => p.id === 'G3')?.title; // 'Binding community development'
 * ```
 */
export const PRINCIPLES: readonly PrincipleInfo[] = [
  { id: 'P1', kind: 'principle', title: 'Joint exploration and mapping', summary: 'Host-state and foreign technical partners explore and map together; geodata stays with the host state; resources are reported to a recognised code.' },
  { id: 'P2', kind: 'principle', title: 'Environmental stewardship', summary: 'International standards (IFC Performance Standards, GISTM, ICMM) protect ecosystems, water and livelihoods; closure is planned and financed.' },
  { id: 'P3', kind: 'principle', title: 'Infrastructure for surrounding regions', summary: 'Roads, ports, power and water serve the surrounding regions, not only the mine, and others may use them on fair terms.' },
  { id: 'P4', kind: 'principle', title: 'Community inclusion', summary: 'Local employment, training, procurement and an equitable share of revenue for the host communities.' },
  { id: 'P5', kind: 'principle', title: 'In-country processing', summary: 'Refining and beneficiation capacity is built in the host country.' },
  { id: 'G1', kind: 'reform', title: 'Transparency (EITI)', summary: 'Full contract publication, beneficial ownership and payments reported by project.' },
  { id: 'G2', kind: 'reform', title: 'Revenue management', summary: 'Payments flow to named public accounts, are audited, and the results are published.' },
  { id: 'G3', kind: 'reform', title: 'Binding community development', summary: 'Every contract carries a mandatory community development clause, funded by formula, with deadlines and remedies.' },
  { id: 'F1', kind: 'terms', title: 'A fair share of the value', summary: 'The host state\'s share is not given away: stabilisation is limited, incentives are statutory and time-bound, sales and charges are at arm\'s length, a state stake does not cost more than it earns, and the term matches the mine.' },
];

/** The principle ids in report order. */
export const PRINCIPLE_IDS: readonly Principle[] = PRINCIPLES.map((p) => p.id);

/**
 * The description of a principle or reform.
 *
 * @example
 * ```ts
 * principleInfo('P5').title; // 'In-country processing'
 * ```
 */
export function principleInfo(id: Principle): PrincipleInfo {
  return PRINCIPLES.find((p) => p.id === id)!;
}
