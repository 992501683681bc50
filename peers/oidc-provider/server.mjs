// oidc-provider 9.13.3 as an independent authorization server, plus a resource-server gateway that
// guards an upstream MCP server (peers.md §8). Loopback only.
//   AS_PORT=… RS_PORT=… UPSTREAM=http://127.0.0.1:…/mcp [REQUIRED_SCOPE="mcp:tools"] [INTERACTIONS=auto|manual]
//   node server.mjs
import http from 'node:http';
import Provider, { errors } from 'oidc-provider';
import { createRemoteJWKSet, exportJWK, generateKeyPair, jwtVerify } from 'jose';

const AS_PORT = Number(process.env.AS_PORT ?? 4000);
const RS_PORT = Number(process.env.RS_PORT ?? 4001);
const UPSTREAM = new URL(process.env.UPSTREAM ?? 'http://127.0.0.1:3001/mcp');
const REQUIRED_SCOPE = (process.env.REQUIRED_SCOPE ?? 'mcp:tools').split(' ').filter(Boolean);
const AUTO = (process.env.INTERACTIONS ?? 'auto') === 'auto';
const ISSUER = `http://localhost:${AS_PORT}`;
const RESOURCE = `http://localhost:${RS_PORT}/mcp`;
const PRM_URL = `http://localhost:${RS_PORT}/.well-known/oauth-protected-resource/mcp`;
const loopbackRedirects = ['http://127.0.0.1/callback', 'http://localhost/callback'];

const { privateKey } = await generateKeyPair('RS256', { extractable: true });
const signingKey = { ...(await exportJWK(privateKey)), alg: 'RS256', use: 'sig', kid: 'dev-rs256' };

const provider = new Provider(ISSUER, {
  clients: [
    { client_id: 'static-public', token_endpoint_auth_method: 'none', application_type: 'native',
      redirect_uris: loopbackRedirects, grant_types: ['authorization_code', 'refresh_token'], response_types: ['code'] },
    { client_id: 'static-confidential', client_secret: 'static-secret', token_endpoint_auth_method: 'client_secret_basic',
      application_type: 'native', redirect_uris: loopbackRedirects,
      grant_types: ['authorization_code', 'refresh_token'], response_types: ['code'] },
  ],
  clientDefaults: { grant_types: ['authorization_code', 'refresh_token'], response_types: ['code'],
    token_endpoint_auth_method: 'client_secret_basic' },
  cookies: { keys: ['cakewalk-dev-cookie-key-not-secret'] },
  jwks: { keys: [signingKey] },
  findAccount: (ctx, id) => ({ accountId: id, claims: () => ({ sub: id }) }),
  features: {
    devInteractions: { enabled: !AUTO },
    registration: { enabled: true },
    revocation: { enabled: true },
    introspection: { enabled: true },
    resourceIndicators: {
      enabled: true,
      defaultResource: () => RESOURCE,
      useGrantedResource: () => true,
      getResourceServerInfo: (ctx, indicator) => {
        if (indicator !== RESOURCE) throw new errors.InvalidTarget(`unknown resource ${indicator}`);
        return { scope: 'mcp:tools mcp:write', audience: RESOURCE, accessTokenFormat: 'jwt', jwt: { sign: { alg: 'RS256' } } };
      },
    },
  },
  pkce: { required: () => true },
  scopes: ['openid', 'offline_access', 'mcp:tools', 'mcp:write'],
  issueRefreshToken: (ctx, client) => client.grantTypeAllowed('refresh_token'),
  rotateRefreshToken: true,
  ttl: { AccessToken: 3600, AuthorizationCode: 60, Grant: 3600, Interaction: 600, Session: 3600, RefreshToken: 86400 },
  interactions: { url: (ctx, interaction) => `/interaction/${interaction.uid}` },
});
provider.proxy = false;

async function autoApprove(req, res) {
  const details = await provider.interactionDetails(req, res);
  const { prompt, params, session } = details;
  if (prompt.name === 'login') {
    return provider.interactionFinished(req, res, { login: { accountId: 'test-user' } }, { mergeWithLastSubmission: false });
  }
  const grant = details.grantId
    ? await provider.Grant.find(details.grantId)
    : new provider.Grant({ accountId: session.accountId, clientId: params.client_id });
  const d = prompt.details;
  if (d.missingOIDCScope) grant.addOIDCScope(d.missingOIDCScope.join(' '));
  if (d.missingOIDCClaims) grant.addOIDCClaims(d.missingOIDCClaims);
  for (const [indicator, scopes] of Object.entries(d.missingResourceScopes ?? {})) {
    grant.addResourceScope(indicator, scopes.join(' '));
  }
  const grantId = await grant.save();
  return provider.interactionFinished(req, res, { consent: { grantId } }, { mergeWithLastSubmission: true });
}

const handle = provider.callback();
http.createServer(async (req, res) => {
  try {
    const url = new URL(req.url, ISSUER);
    if (url.pathname === '/.well-known/oauth-authorization-server') req.url = '/.well-known/openid-configuration';
    if (url.pathname === '/auth' && !url.searchParams.get('scope')) {
      url.searchParams.set('scope', 'mcp:tools'); // a default scope (RFC 6749 §3.3)
      req.url = url.pathname + url.search;
    }
    if (AUTO && url.pathname.startsWith('/interaction/')) return await autoApprove(req, res);
    return handle(req, res);
  } catch (e) {
    console.error('AS error', e);
    res.statusCode = 500;
    res.end(String(e.message));
  }
}).listen(AS_PORT, '127.0.0.1', () => {
  console.log(`oidc-provider issuer ${ISSUER}`);
  startGateway();
});

const jwks = createRemoteJWKSet(new URL(`${ISSUER}/jwks`));

function challenge(res, status, error) {
  const params = [`resource_metadata="${PRM_URL}"`, `scope="${REQUIRED_SCOPE.join(' ')}"`];
  if (error) params.push(`error="${error}"`);
  res.writeHead(status, { 'WWW-Authenticate': `Bearer ${params.join(', ')}`, 'Content-Type': 'application/json' });
  res.end(JSON.stringify({ error: error ?? 'unauthorized' }));
}

function startGateway() {
  http.createServer(async (req, res) => {
    const url = new URL(req.url, RESOURCE);
    if (url.pathname === '/.well-known/oauth-protected-resource/mcp') {
      res.writeHead(200, { 'Content-Type': 'application/json' });
      return res.end(JSON.stringify({ resource: RESOURCE, authorization_servers: [ISSUER],
        scopes_supported: ['mcp:tools', 'mcp:write'], bearer_methods_supported: ['header'] }));
    }
    if (url.pathname !== '/mcp') { res.writeHead(404); return res.end(); }
    const auth = req.headers.authorization ?? '';
    if (!auth.startsWith('Bearer ')) return challenge(res, 401);
    let payload;
    try {
      ({ payload } = await jwtVerify(auth.slice(7), jwks, { issuer: ISSUER, audience: RESOURCE, typ: 'at+jwt' }));
    } catch (e) {
      console.log('token rejected:', e.code ?? e.message);
      return challenge(res, 401, 'invalid_token');
    }
    const granted = String(payload.scope ?? '').split(' ');
    if (!REQUIRED_SCOPE.every((s) => granted.includes(s))) return challenge(res, 403, 'insufficient_scope');
    const headers = { ...req.headers };
    delete headers.authorization; // no token pass-through
    delete headers.host;
    const upstream = http.request(UPSTREAM, { method: req.method, headers }, (up) => {
      res.writeHead(up.statusCode, up.headers);
      up.pipe(res);
    });
    upstream.on('error', (e) => { res.writeHead(502); res.end(String(e.message)); });
    req.pipe(upstream);
  }).listen(RS_PORT, '127.0.0.1', () => console.log(`gateway ${RESOURCE} -> ${UPSTREAM}`));
}
