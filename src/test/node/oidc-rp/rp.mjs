// A relying party built on openid-client (not written by this project): discovers the node, sends a person through
// authorization code + PKCE, exchanges the code and reads userinfo. The person's browser is played by fetch with a
// cookie: sign in on the node's form, then follow the authorization request to the redirect with the code.
// Usage: node rp.mjs <issuer> <client id> <redirect uri> <account> <password>   Prints one JSON line.
import * as client from 'openid-client';

const [issuer, clientId, redirectUri, account, password] = process.argv.slice(2);
const config = await client.discovery(new URL(issuer), clientId, undefined, client.None(),
  { execute: [client.allowInsecureRequests] });

const verifier = client.randomPKCECodeVerifier();
const state = client.randomState();
const authorize = client.buildAuthorizationUrl(config, {
  redirect_uri: redirectUri, scope: 'openid profile', state,
  code_challenge: await client.calculatePKCECodeChallenge(verifier), code_challenge_method: 'S256',
});

const cookies = new Map();
const keep = (response) => {
  for (const line of response.headers.getSetCookie()) {
    const [pair] = line.split(';');
    const at = pair.indexOf('=');
    cookies.set(pair.slice(0, at), pair.slice(at + 1));
  }
  return response;
};
const cookie = () => [...cookies].map(([k, v]) => `${k}=${v}`).join('; ');
const browse = async (url, init = {}) => keep(await fetch(url, {
  redirect: 'manual', ...init, headers: { cookie: cookie(), 'accept-language': 'zh-CN', ...(init.headers || {}) },
}));

const loginPage = await (await browse(new URL('/login', issuer))).text();
const csrf = loginPage.match(/name="_csrf"\s+value="([^"]+)"/)?.[1] ?? loginPage.match(/value="([^"]+)"\s+name="_csrf"/)?.[1];
const signedIn = await browse(new URL('/login', issuer), {
  method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' },
  body: new URLSearchParams({ username: account, password, _csrf: csrf }),
});
if (signedIn.status !== 302 || (signedIn.headers.get('location') || '').includes('error')) {
  throw new Error(`sign-in failed: ${signedIn.status} ${signedIn.headers.get('location')}`);
}

let location = authorize.href;
for (let hops = 0; hops < 5 && !location.startsWith(redirectUri); hops++) {
  const response = await browse(new URL(location, issuer));
  location = response.headers.get('location');
  if (!location) throw new Error(`no redirect from ${response.url}: ${response.status}`);
}
const tokens = await client.authorizationCodeGrant(config, new URL(location),
  { pkceCodeVerifier: verifier, expectedState: state });
const claims = tokens.claims();
const userInfo = await client.fetchUserInfo(config, tokens.access_token, claims.sub);
console.log(JSON.stringify({ sub: claims.sub, name: userInfo.name, userInfoSub: userInfo.sub }));
