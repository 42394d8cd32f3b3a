/**
 * The GitHub REST client: @actions/github's Octokit with @octokit/plugin-retry (5xx and network
 * errors: 3 retries, 1 s, 4 s, 9 s apart) and @octokit/plugin-throttling (rate limits: wait as
 * GitHub says, when that is under a minute, up to 3 times). A comment that still fails is
 * reported; the summary and files are written before any of this runs.
 */
import { getOctokit } from '@actions/github';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';

export type GitHubClient = ReturnType<typeof getOctokit>;

const MAX_WAIT_S = 60;
const MAX_RETRIES = 3;

export function makeClient(
  token: string,
  apiUrl: string,
  log: (line: string) => void,
): GitHubClient {
  const onLimit =
    (kind: string) =>
    (after: number, options: { method: string; url: string }, _o: unknown, count: number) => {
      if (after > MAX_WAIT_S || count >= MAX_RETRIES) {
        log(
          `GitHub ${kind} on ${options.method} ${options.url}: giving up (retry after ${after} s)`,
        );
        return false;
      }
      log(`GitHub ${kind} on ${options.method} ${options.url}: retrying in ${after} s`);
      return true;
    };
  return getOctokit(
    token,
    {
      baseUrl: apiUrl,
      retry: { retries: MAX_RETRIES },
      throttle: {
        onRateLimit: onLimit('rate limit'),
        onSecondaryRateLimit: onLimit('secondary rate limit'),
      },
    },
    retry,
    throttling,
  );
}
