// Computes the aide au poste of an ACI and of an EI at a date, with the 2014 modulation criteria.
import { SiaeValidationError } from '@siae/model';
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
// Past years use the arrêté of their time: EI in 2019 (arrêté du 27 février 2019).
const ei2019 = aideAuPoste({ structureKind: 'EI', etp: 1, date: '2019-06-15' });
console.log(`EI 2019 : ${ei2019.socle} € ; ${ei2019.source}`);
if (ei2019.socle !== 10520) throw new Error(`EI 2019: expected 10520, got ${ei2019.socle}`);
// Before the first arrêté (2014) there is no amount: a typed error, not a guess.
let refused = false;
try {
  aideAuPoste({ structureKind: 'EI', etp: 1, date: '2013-12-31' });
} catch (e) {
  refused = e instanceof SiaeValidationError;
}
if (!refused) throw new Error('a date before 2014 should be refused');
console.log('aide au poste example: ok');
