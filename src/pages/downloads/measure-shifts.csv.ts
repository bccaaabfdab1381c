import { csvResponse } from '../../lib/io/responses.ts';

export const GET = () => csvResponse('measure-shifts.csv');
