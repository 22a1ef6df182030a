import { ApiError } from '../../src/api/client';

/** The ApiError a request failed with; fails the test when it succeeded or failed otherwise. */
export async function rejection(promise: Promise<unknown>): Promise<ApiError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof ApiError) return error;
    throw error;
  }
  throw new Error('expected the request to fail');
}
