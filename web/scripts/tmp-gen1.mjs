import openapiTS, { astToString } from 'openapi-typescript';
import { pathToFileURL } from 'node:url';
const ast = await openapiTS(pathToFileURL(process.argv[2]), { silent: true });
process.stdout.write(astToString(ast));
