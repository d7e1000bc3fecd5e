/** The config `fairlode init` writes. */
export const STARTER_CONFIG = `# fairlode configuration. fairlode looks for this file in the current folder and the folders
# above it; paths and globs here are relative to this file. See docs/cli.md#config.

# The compliance profile: recommended, strict, kenya, or the path of your own profile file.
profile: recommended

# What \`fairlode check\` checks when given no paths.
contracts:
  - contracts/**/*.yaml

# Rule settings for some contracts (later entries win), e.g. while a legacy contract is renegotiated:
# overrides:
#   - files: [contracts/legacy/*.yaml]
#     rules:
#       P2-GHG-001: off
#       G1-TIM-001: warning

output:
  # Reports to write on every run; -f/-o on the command line replace this list.
  formats:
    - stylish
  # Fail (exit 1) on findings at or above this severity: error, warning or info.
  failSeverity: error
`;

/**
 * The contract `fairlode init` writes: commented, valid, and passing the recommended profile, so
 * that `fairlode init && fairlode check` exits 0. Its terms are placeholders, and say so.
 */
export const STARTER_CONTRACT = `# A starter contract. Every amount, rate and quantity is a quoted string with its unit, so nothing
# passes through floating point. The format: docs/contract-format.md. Check it with \`fairlode check\`.
# These are PLACEHOLDER TERMS, not a real deal and not advice: replace every name, date, amount and
# rate with your contract's own, and delete what your contract does not say. They are filled in so
# that the starter passes the recommended profile and shows one clause of each kind it looks for.
fairlode: 1                      # the format version
id: starter-copper               # a stable id, used by actuals files
title: Starter Copper Partnership
illustrative: true               # placeholder terms; remove this line for a real contract
jurisdiction: { country: PK, region: Balochistan }
signed: 2025-12-01
effective: 2026-01-01
term: { years: 10 }
milestones: { productionStart: 2028-01-01 }
currency: USD
fiscalYear: { startMonth: 7 }    # the fiscal year starts in July

commodities:
  - { id: copper, unit: t }

parties:
  - { id: investor, name: Example Metals Inc., role: investor }
  - { id: province, name: Provincial Government, role: subnational-government }
  - { id: federal, name: Federal Government, role: host-government }
  - { id: community-fund, name: Community Development Fund, role: community-fund }
  - { id: survey, name: Geological Survey, role: geological-survey }

ownership:                       # equity shares sum to exactly 100%
  - { party: investor, share: "75%" }
  - { party: province, share: "25%" }

revenue:
  royalties:
    - id: copper-royalty         # clause ids are how findings and payout lines cite the contract
      ref: "§9.1"                # the contract's own clause reference
      commodity: copper
      payee: province
      sliding:                   # a rate that rises with the price, band by band
        mode: incremental
        bands:
          - { upTo: "4000 USD/t", rate: "4%" }
          - { upTo: "7000 USD/t", rate: "6%" }
          - { rate: "8%" }
  communityFunds:
    - id: community-contribution
      ref: "§15.2"
      modality: shall            # shall binds; may and endeavour do not
      payee: community-fund
      rate: "1%"
      base: gross-revenue
      minimumAnnual: "500000 USD"
      governance: { board: true, annualReport: true, audit: true }
  governmentShares:
    - { of: copper-royalty, ref: "§9.2", split: { province: "85%", federal: "15%" } }

# Exploration with the host state's geological survey, and the geodata it receives.
exploration:
  jointProgramme:
    id: joint-exploration
    ref: "§6"
    modality: shall
    hostEntity: survey
    foreignPartner: investor
    technicalCommittee: true
    trainingSlots: 10
    workProgramme:
      - { id: regional-mapping, description: Geological mapping of the licence area, budget: "1000000 USD", by: 2027-12-31 }
  geodata:                       # each kind of data delivered to the geological survey
    - { id: geodata-maps, ref: "§7.1", modality: shall, type: maps, recipient: survey, deadlineDays: 60, publicAfterYears: 5 }
    - { id: geodata-drill-logs, ref: "§7.1", modality: shall, type: drill-logs, recipient: survey, deadlineDays: 60, publicAfterYears: 5 }
    - { id: geodata-assays, ref: "§7.1", modality: shall, type: assays, recipient: survey, deadlineDays: 60, publicAfterYears: 5 }
    - { id: geodata-geophysics, ref: "§7.1", modality: shall, type: geophysics, recipient: survey, deadlineDays: 90, publicAfterYears: 5 }
    - { id: geodata-samples, ref: "§7.1", modality: shall, type: samples, recipient: survey, deadlineDays: 90 }
  resourceReporting: { id: resource-reporting, ref: "§7.2", code: JORC, frequencyMonths: 12, competentPerson: true }

# Environmental and social safeguards, closure and its financial assurance.
environment:
  esia: { id: esia, ref: "§20.1", modality: shall, standards: [ifc-performance-standards, national], social: true, by: 2026-06-30, beforeConstruction: true, independentReview: true }
  managementPlan: { id: emp, ref: "§20.2", modality: shall, monitoringFrequencyMonths: 3 }
  monitoring: { id: env-monitoring, ref: "§20.3", independent: true, public: true, frequencyMonths: 3 }
  water: { id: water-plan, ref: "§20.4", modality: shall, baseline: true, allocationLimits: true, dischargeStandards: true }
  biodiversity: { id: biodiversity-plan, ref: "§20.5", modality: shall, plan: true, noGoAreas: true }
  closure:
    id: closure
    ref: "§21"
    modality: shall
    plan: true
    reviewYears: 3
    assurance: { id: closure-bond, ref: "§21.2", modality: shall, instrument: bond, amountBasis: third-party-cost, amount: "20000000 USD", coverage: "100%", reviewYears: 3, by: 2026-06-30, beforeConstruction: true }
  ghg: { id: ghg, ref: "§20.6", reporting: true, reductionTarget: "30%", by: 2035-12-31 }

# Infrastructure the project builds, and who else may use it.
infrastructure:
  - { id: access-road, ref: "§17", modality: shall, kind: road, description: "All-weather road from the mine to the nearest town, open to public traffic", capex: "10000000 USD", by: 2028-12-31, thirdPartyAccess: true, accessTerms: non-discriminatory, ownershipAtEnd: state, beneficiaryRegions: [Example Town] }

# The community development agreement, local employment, training and procurement.
community:
  developmentAgreement:
    id: cda
    ref: "§15"
    modality: shall
    required: true
    binding: true
    parties: [investor, community-fund]
    fund: community-contribution
    by: 2026-12-31
    governance: { managingEntity: Community Development Fund board, electedRepresentatives: true, womenRepresentation: true, marginalisedGroups: true, developmentGoals: true, monitoringFramework: true }
    reviewEveryYears: 5
    continuity: true
    remedy: regulator-enforcement
    penalty: { amount: "100000 USD", payee: community-fund }
    disclosed: true
  employment:
    - { id: national-hiring, ref: "§16.1", modality: shall, category: all, scope: national, targets: [ { by: 2028-12-31, share: "80%" }, { by: 2032-12-31, share: "90%" } ] }
    - { id: local-hiring, ref: "§16.2", modality: shall, category: all, scope: province, targets: [ { by: 2027-12-31, share: "50%" }, { by: 2030-12-31, share: "75%" } ] }
    - { id: host-area-hiring, ref: "§16.3", modality: shall, category: unskilled, scope: host-area, targets: [ { by: 2028-12-31, share: "60%" } ] }
    - { id: skilled-hiring, ref: "§16.4", modality: shall, category: skilled, scope: national, targets: [ { by: 2029-12-31, share: "70%" } ] }
    - { id: professional-hiring, ref: "§16.4", modality: shall, category: professional, scope: national, targets: [ { by: 2030-12-31, share: "60%" } ] }
    - { id: management-hiring, ref: "§16.4", modality: shall, category: senior-management, scope: national, targets: [ { by: 2032-12-31, share: "40%" } ] }
    - { id: women-hiring, ref: "§16.5", modality: shall, category: all, scope: national, women: true, targets: [ { by: 2030-12-31, share: "15%" } ] }
  training:
    - { id: training, ref: "§16.6", modality: shall, annualBudget: "200000 USD", targets: [ { by: 2028-12-31, count: 100 } ], women: true }
  procurement: { id: local-procurement, ref: "§16.7", modality: shall, preference: first-preference, scope: national, targets: [ { by: 2030-12-31, share: "40%" } ], supplierDevelopment: true }
  consultation: { id: consultation, ref: "§15.5", indigenousPeoplesPresent: true, fpic: true, ongoing: true }
  grievanceMechanism: { id: grievance, ref: "§15.6", independent: true, publicRegister: true }
  localContentReporting: { id: local-content-report, ref: "§16.8", modality: shall, frequencyMonths: 12, withinDays: 45, public: true }

# Processing in the host country, and the levy on raw exports.
processing:
  commitments:
    - id: copper-refining
      ref: "§18"
      modality: shall
      commodity: copper
      stage: refined-cathode
      capacity: "20000 t"
      targets: [ { by: 2032-12-31, domesticShare: "30%" } ]
      milestones:
        - { id: refinery-fid, description: Final investment decision on the refinery, by: 2029-12-31 }
        - { id: refinery-commissioning, description: Refinery commissioned, by: 2032-06-30 }
  rawExport: { id: raw-export-levy, ref: "§18.2", restriction: levy-schedule, levy: [ { from: 2033-01-01, rate: "5%" } ], payee: federal }
  domesticOfftake: { id: domestic-offtake, ref: "§18.3", modality: shall, armsLength: true }
  tradeLawReviewed: true         # say so only once the export levy has been reviewed against trade law

# Publication, beneficial owners, payment reporting, accounts and audit.
governance:
  disclosure: { id: disclosure, ref: "§24.1", contractPublished: true, annexes: true, amendments: true, eiti: true }
  beneficialOwners:
    - { of: investor, name: Example Owner, share: "100%", politicallyExposed: false }
  reporting: { id: payment-reporting, ref: "§24.2", modality: shall, projectLevel: true, timelinessMonths: 12 }
  award: { process: Competitive tender, deviations: [] }
  paymentAccounts:
    - { payee: province, account: Provincial Consolidated Fund, type: consolidated-fund, public: true }
    - { payee: federal, account: Federal Consolidated Fund, type: consolidated-fund, public: true }
    - { payee: community-fund, account: Community Development Fund, type: statutory-fund, public: true }
  audit: { id: audit, ref: "§25", by: Auditor-General, kind: supreme-audit-institution, published: true, everyYears: 1 }
  ratification: { id: ratification, ref: "§26", by: parliament, publishedBefore: true }   # who approved it, and was it public first

# Dealings with affiliates: arm's-length prices, a cap on management fees, a thin-capitalisation limit.
relatedParties: { id: transfer-pricing, ref: "§11.6", armsLength: true, managementFeeCap: "2%", maxDebtToEquity: "3" }
`;
