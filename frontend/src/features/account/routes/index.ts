// The signed-in person's account screens, loaded when one of them is first visited (see app/routes.tsx).
export { LinkAccountPage } from './LinkAccountPage';
