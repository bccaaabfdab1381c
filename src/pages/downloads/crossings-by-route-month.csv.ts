import { csvResponse } from '../../lib/io/responses.ts';

export const GET = () => csvResponse('crossings-by-route-month.csv');
