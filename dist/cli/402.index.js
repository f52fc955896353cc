export const id = 402;
export const ids = [402];
export const modules = {

/***/ 1402:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   h: () => (/* binding */ openRepository)
/* harmony export */ });
/* harmony import */ var _config_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5167);
/* harmony import */ var _repo_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8941);


/** Resolves the repository root and loads its configuration: the first step of every command. */
async function openRepository(rootArg, configFile) {
    const root = await (0,_repo_js__WEBPACK_IMPORTED_MODULE_1__/* .resolveRoot */ .H)(rootArg);
    return { root, config: (0,_config_js__WEBPACK_IMPORTED_MODULE_0__/* .loadConfig */ .Z9)(root, configFile === '' ? undefined : configFile) };
}


/***/ })

};
