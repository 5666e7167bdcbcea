// GOV.UK Frontend's components, as its own template starts them, without an inline script (the CSP allows none)
document.body.classList.add('js-enabled', 'govuk-frontend-supported')
import(document.body.dataset.govukFrontend).then(govuk => govuk.initAll())
