// Stand-in for a hashed file of the frontend build (WebTest).
export const standIn = true
