// Computes the aide au poste of an ACI and of an EI at a date, with the 2014 modulation criteria.
import { aideAuPoste, modulationCriteria } from '@siae/indicators';

const aci = aideAuPoste({ structureKind: 'ACI', etp: 12.5, date: '2025-03-01', modulationRate: 0.04 });
console.log(`ACI : ${aci.explanationFr}`);
console.log(`  dont accompagnement : ${aci.accompaniment} € par ETP ; source : ${aci.source}`);
const ei = aideAuPoste({ structureKind: 'EI', etp: 6, date: '2025-03-01' });
console.log(`EI : ${ei.explanationFr}`);
const m = modulationCriteria({ date: '2025-03-01', insertionEmployees: 30, minimaSociauxBeneficiaries: 12, supportEtp: 2.5, insertionEtp: 12.5, dynamicExitRate: 0.48 });
console.log(`Critères de modulation : public ${m.public}, effort d'insertion ${m.effortInsertion}, résultats ${m.resultats} (pondérations ${JSON.stringify(m.weights)})`);

if (aci.amount !== 310973) throw new Error(`ACI: expected 310973, got ${aci.amount}`);
if (ei.amount !== 79824) throw new Error(`EI: expected 79824, got ${ei.amount}`);
if (m.public !== 0.4 || m.effortInsertion !== 0.2) throw new Error('modulation criteria');
console.log('aide au poste example: ok');
