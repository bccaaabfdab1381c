import { csvResponse } from '../../lib/io/responses.ts';

export const GET = () => csvResponse('deaths-by-route-year-iom-route.csv');
