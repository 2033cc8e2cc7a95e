export { HowComputedPage } from './HowComputedPage';
export { StatisticsPage } from './StatisticsPage';
