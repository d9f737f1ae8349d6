// Stand-in for a hashed file of the frontend build (CacheHeadersTest).
export const standIn = true
