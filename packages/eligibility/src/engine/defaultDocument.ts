import json from '../../rules/iae-eligibility.json';
import { type EligibilityDocument, loadEligibilityDocument } from '../rules/document';

/**
 * The national IAE eligibility rules shipped with the package (`rules/iae-eligibility.json`),
 * validated at load.
 */
export const iaeEligibilityDocument: EligibilityDocument = loadEligibilityDocument(json);
