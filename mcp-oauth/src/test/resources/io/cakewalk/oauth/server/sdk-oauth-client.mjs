// A headless MCP TypeScript SDK client: OAuth (DCR, PKCE, resource) against the URL in argv[2],
// then tools/list and tools/call echo. It prints "AUTHORIZE <url>" for the test's browser and waits
// for the code on its own 127.0.0.1 callback. SDK_DIR points at @modelcontextprotocol/sdk.
import http from 'node:http';
import { pathToFileURL } from 'node:url';

const sdk = (p) => import(pathToFileURL(`${process.env.SDK_DIR}/dist/esm/${p}`).href);
const { Client } = await sdk('client/index.js');
const { StreamableHTTPClientTransport } = await sdk('client/streamableHttp.js');
const { UnauthorizedError } = await sdk('client/auth.js');

const serverUrl = new URL(process.argv[2]);
let deliver;
const callback = new Promise((resolve) => { deliver = resolve; });
const listener = http.createServer((req, res) => {
  const url = new URL(req.url, 'http://127.0.0.1');
  if (url.pathname !== '/callback') { res.statusCode = 404; res.end(); return; }
  res.end('You can close this page.');
  deliver(url.searchParams);
});
await new Promise((resolve) => listener.listen(0, '127.0.0.1', resolve));
const redirectUrl = `http://127.0.0.1:${listener.address().port}/callback`;

const saved = {};
const provider = {
  get redirectUrl() { return redirectUrl; },
  get clientMetadata() {
    return {
      client_name: 'TS SDK headless client',
      redirect_uris: [redirectUrl],
      grant_types: ['authorization_code', 'refresh_token'],
      response_types: ['code'],
      token_endpoint_auth_method: 'none',
    };
  },
  state: () => 'sdk-state-0123456789',
  clientInformation: () => saved.client,
  saveClientInformation: (info) => { saved.client = info; },
  tokens: () => saved.tokens,
  saveTokens: (tokens) => { saved.tokens = tokens; },
  redirectToAuthorization: (url) => { console.log(`AUTHORIZE ${url.toString()}`); },
  saveCodeVerifier: (verifier) => { saved.verifier = verifier; },
  codeVerifier: () => saved.verifier,
};

async function connect() {
  const client = new Client({ name: 'cakewalk-sdk-it', version: '1.0.0' });
  await client.connect(new StreamableHTTPClientTransport(serverUrl, { authProvider: provider }));
  return client;
}

let client;
try {
  client = await connect();
} catch (error) {
  if (!(error instanceof UnauthorizedError)) throw error;
  const params = await callback;
  if (params.get('state') !== 'sdk-state-0123456789') throw new Error('state mismatch');
  await new StreamableHTTPClientTransport(serverUrl, { authProvider: provider }).finishAuth(params.get('code'));
  client = await connect();
}
const tools = await client.listTools();
console.log(`TOOLS ${JSON.stringify(tools.tools.map((t) => t.name))}`);
const result = await client.callTool({ name: 'echo', arguments: { message: 'hello from sdk' } });
console.log(`RESULT ${JSON.stringify(result)}`);
await client.close();
listener.close();
process.exit(0);
