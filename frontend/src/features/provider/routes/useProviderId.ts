import { useParams } from 'react-router';

/** The provider of the screen: `/providers/:providerId/…`. */
export const useProviderId = () => useParams().providerId ?? '';
