// Every rule fairlode ships, in the order of the rule catalogue (P1–P5, then G1–G3, then F1).
import type { Rule } from '../define-rule.js';
import { awardProcess } from './g1-transparency/award-process.js';
import { beneficialOwnership } from './g1-transparency/beneficial-ownership.js';
import { confidentialityCarveOuts } from './g1-transparency/confidentiality-carve-outs.js';
import { contractPublication } from './g1-transparency/contract-publication.js';
import { eitiReporting } from './g1-transparency/eiti-reporting.js';
import { projectLevelPaymentReporting } from './g1-transparency/project-level-payment-reporting.js';
import { reportingTimeliness } from './g1-transparency/reporting-timeliness.js';
import { ratification } from './g1-transparency/ratification.js';
import { stateParticipation } from './g1-transparency/state-participation.js';
import { governmentTake } from './f1-fiscal-terms/government-take.js';
import { effectiveRoyaltyRate } from './f1-fiscal-terms/effective-royalty-rate.js';
import { takeProgressivity } from './f1-fiscal-terms/progressivity.js';
import { stateFirstDividend } from './f1-fiscal-terms/state-first-dividend.js';
import { royaltyValuation } from './f1-fiscal-terms/royalty-valuation.js';
import { relatedPartySafeguards } from './f1-fiscal-terms/related-party-safeguards.js';
import { stabilizationScope } from './f1-fiscal-terms/stabilization-scope.js';
import { stateStakeCost } from './f1-fiscal-terms/state-stake-cost.js';
import { stateStakeDilution } from './f1-fiscal-terms/state-stake-dilution.js';
import { taxIncentives } from './f1-fiscal-terms/tax-incentives.js';
import { termAndRenewal } from './f1-fiscal-terms/term-and-renewal.js';
import { fundGovernance } from './g2-revenue-management/fund-governance.js';
import { independentAudit } from './g2-revenue-management/independent-audit.js';
import { publicAccounts } from './g2-revenue-management/public-accounts.js';
import { subnationalTransferFormula } from './g2-revenue-management/subnational-transfer-formula.js';
import { bindingDevelopmentAgreement } from './g3-binding-community-development/binding-development-agreement.js';
import { developmentAgreementGovernance } from './g3-binding-community-development/development-agreement-governance.js';
import { enforcement } from './g3-binding-community-development/enforcement.js';
import { fundingFormula } from './g3-binding-community-development/funding-formula.js';
import { mandatoryLanguage } from './g3-binding-community-development/mandatory-language.js';
import { periodicReview } from './g3-binding-community-development/periodic-review.js';
import { rateAtBenchmark } from './g3-binding-community-development/rate-at-benchmark.js';
import { socialExpenditureDisclosure } from './g3-binding-community-development/social-expenditure-disclosure.js';
import { geodataDelivery } from './p1-joint-exploration/geodata-delivery.js';
import { jointExplorationProgramme } from './p1-joint-exploration/joint-exploration-programme.js';
import { nationalTechnicalCapacity } from './p1-joint-exploration/national-technical-capacity.js';
import { openGeodata } from './p1-joint-exploration/open-geodata.js';
import { resourceReporting } from './p1-joint-exploration/resource-reporting.js';
import { explorationWorkProgramme } from './p1-joint-exploration/work-programme.js';
import { biodiversityProtection } from './p2-environmental-stewardship/biodiversity-protection.js';
import { closureFinancialAssurance } from './p2-environmental-stewardship/closure-financial-assurance.js';
import { closurePlan } from './p2-environmental-stewardship/closure-plan.js';
import { environmentalManagementPlan } from './p2-environmental-stewardship/environmental-management-plan.js';
import { greenhouseGasReporting } from './p2-environmental-stewardship/greenhouse-gas-reporting.js';
import { impactAssessment } from './p2-environmental-stewardship/impact-assessment.js';
import { independentPublicMonitoring } from './p2-environmental-stewardship/independent-public-monitoring.js';
import { resettlementAndLivelihoods } from './p2-environmental-stewardship/resettlement-and-livelihoods.js';
import { stabilizationCarveOuts } from './p2-environmental-stewardship/stabilization-carve-outs.js';
import { tailingsManagement } from './p2-environmental-stewardship/tailings-management.js';
import { waterPlan } from './p2-environmental-stewardship/water-plan.js';
import { barterValueDisclosed } from './p3-infrastructure/barter-value-disclosed.js';
import { beneficiaryRegions } from './p3-infrastructure/beneficiary-regions.js';
import { gridSharing } from './p3-infrastructure/grid-sharing.js';
import { infrastructureCommitments } from './p3-infrastructure/infrastructure-commitments.js';
import { ownershipAtEnd } from './p3-infrastructure/ownership-at-end.js';
import { sharedUse } from './p3-infrastructure/shared-use.js';
import { consultationAndConsent } from './p4-community-inclusion/consultation-and-consent.js';
import { employmentTargetsByCategory } from './p4-community-inclusion/employment-targets-by-category.js';
import { equitableRevenueSharing } from './p4-community-inclusion/equitable-revenue-sharing.js';
import { genderInclusion } from './p4-community-inclusion/gender-inclusion.js';
import { grievanceMechanism } from './p4-community-inclusion/grievance-mechanism.js';
import { hostAreaHiring } from './p4-community-inclusion/host-area-hiring.js';
import { localContentReporting } from './p4-community-inclusion/local-content-reporting.js';
import { localProcurement } from './p4-community-inclusion/local-procurement.js';
import { nationalWorkforceShare } from './p4-community-inclusion/national-workforce-share.js';
import { supplierDevelopment } from './p4-community-inclusion/supplier-development.js';
import { trainingPlan } from './p4-community-inclusion/training-plan.js';
import { domesticOfftake } from './p5-in-country-processing/domestic-offtake.js';
import { processingCommitment } from './p5-in-country-processing/processing-commitment.js';
import { processingFeasibilityStudy } from './p5-in-country-processing/processing-feasibility-study.js';
import { rawExportRestriction } from './p5-in-country-processing/raw-export-restriction.js';
import { tradeLawReview } from './p5-in-country-processing/trade-law-review.js';

/**
 * The rules fairlode ships, in catalogue order. G2-RCN-001 (reconciliation of company payments
 * with government receipts) is not among them: it needs receipts data, not contract terms; see
 * docs/rules/README.md.
 *
 * @example
 * ```ts
 * RULES.filter((r) => r.critical).length; // 20
 * ```
 */
export const RULES: readonly Rule[] = [
  jointExplorationProgramme,
  explorationWorkProgramme,
  geodataDelivery,
  openGeodata,
  resourceReporting,
  nationalTechnicalCapacity,
  impactAssessment,
  environmentalManagementPlan,
  independentPublicMonitoring,
  waterPlan,
  biodiversityProtection,
  resettlementAndLivelihoods,
  tailingsManagement,
  closurePlan,
  closureFinancialAssurance,
  greenhouseGasReporting,
  stabilizationCarveOuts,
  infrastructureCommitments,
  sharedUse,
  beneficiaryRegions,
  ownershipAtEnd,
  barterValueDisclosed,
  gridSharing,
  employmentTargetsByCategory,
  nationalWorkforceShare,
  hostAreaHiring,
  trainingPlan,
  localProcurement,
  supplierDevelopment,
  localContentReporting,
  equitableRevenueSharing,
  consultationAndConsent,
  grievanceMechanism,
  genderInclusion,
  processingCommitment,
  processingFeasibilityStudy,
  rawExportRestriction,
  domesticOfftake,
  tradeLawReview,
  contractPublication,
  confidentialityCarveOuts,
  beneficialOwnership,
  stateParticipation,
  projectLevelPaymentReporting,
  reportingTimeliness,
  awardProcess,
  eitiReporting,
  ratification,
  publicAccounts,
  independentAudit,
  subnationalTransferFormula,
  fundGovernance,
  bindingDevelopmentAgreement,
  mandatoryLanguage,
  fundingFormula,
  rateAtBenchmark,
  developmentAgreementGovernance,
  periodicReview,
  socialExpenditureDisclosure,
  enforcement,
  stabilizationScope,
  taxIncentives,
  stateStakeCost,
  stateStakeDilution,
  relatedPartySafeguards,
  royaltyValuation,
  termAndRenewal,
  governmentTake,
  effectiveRoyaltyRate,
  takeProgressivity,
  stateFirstDividend,
];
