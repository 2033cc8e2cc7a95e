import type { Schemas } from '../../../lib/api';

export const emptyQuestionnaire = (): Schemas['HealthQuestionnaire'] => ({
  chronicConditions: [],
  pregnant: false,
  recentHospitalStay: false,
  mentalHealthNeeds: false,
  mobilityLimitations: false,
});

