// The patient's screens, loaded together when one of them is first visited (see app/routes.tsx).
export { PatientHome } from './PatientHome';
export { RegisterPatient } from './RegisterPatient';
export { PatientDetail } from './PatientDetail';
export { EditPatient } from './EditPatient';
export { EditQuestionnaire } from './EditQuestionnaire';
