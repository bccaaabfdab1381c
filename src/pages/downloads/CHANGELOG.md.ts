// The data changelog, appended to by npm run import:iom (data/CHANGELOG.md).
import { changelogResponse } from '../../lib/io/responses.ts';

export const GET = () => changelogResponse();
