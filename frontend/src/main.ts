import { createPinia } from 'pinia'
import { createApp } from 'vue'
import App from './App.vue'
import { setUnauthorizedHandler } from './api/http'
import { applyLocale, i18n } from './i18n'
import { createAppRouter } from './router'
import { startLocale } from './stores/locale'
import { useSessionStore } from './stores/session'
import './assets/main.css'

const app = createApp(App)
const pinia = createPinia()
app.use(pinia).use(i18n)
// Start fetching this device's language (if not Dutch) before the router asks for texts, and show the app in it.
const started = applyLocale(startLocale())
const router = createAppRouter()
app.use(router)

// A 401 while we think someone is logged in means the session ended on the server: log in again.
setUnauthorizedHandler(() => {
  const session = useSessionStore(pinia)
  if (!session.isLoggedIn) return
  session.expire()
  const current = router.currentRoute.value
  if (current.meta.requiresAuth) {
    void router.replace({ name: 'login', query: { redirect: current.fullPath } })
  }
})

void started.then(() => app.mount('#app'))
