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

/** The contract `fairlode init` writes: small, commented, and valid. */
export const STARTER_CONTRACT = `# A starter contract. Every amount, rate and quantity is a quoted string with its unit, so nothing
# passes through floating point. The format: docs/contract-format.md. Check it with \`fairlode check\`.
# These are HYPOTHETICAL TERMS: replace them with your contract's.
fairlode: 1                      # the format version
id: starter-copper               # a stable id, used by actuals files
title: Starter Copper Partnership
jurisdiction: { country: PK, region: Balochistan }
signed: 2025-12-01
effective: 2026-01-01
term: { years: 10 }
currency: USD
fiscalYear: { startMonth: 7 }    # the fiscal year starts in July

commodities:
  - { id: copper, unit: t }

parties:
  - { id: investor, name: Example Metals Inc., role: investor }
  - { id: province, name: Provincial Government, role: subnational-government }
  - { id: federal, name: Federal Government, role: host-government }
  - { id: community-fund, name: Community Development Fund, role: community-fund }

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
  governmentShares:
    - { of: copper-royalty, split: { province: "85%", federal: "15%" } }

community:
  employment:
    - id: local-hiring
      modality: shall
      category: all
      scope: province
      targets:
        - { by: 2027-12-31, share: "50%" }
        - { by: 2030-12-31, share: "75%" }
`;
