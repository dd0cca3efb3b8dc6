export const id = 836;
export const ids = [836];
export const modules = {

/***/ 92836:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   run: () => (/* binding */ run)
/* harmony export */ });
/* harmony import */ var _db_migrate_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77439);
/* harmony import */ var _database_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(40629);
/* harmony import */ var _io_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(71604);
/** `self-evolution migrate`: apply the pending migrations, or adopt a hand-made installation. */



const HELP = `Usage: self-evolution migrate [--database-url URL] [--json]

Applies the pending migrations of this version of the action, in one transaction under an advisory
lock, so that two starting at once apply each migration once. Tables created by hand for the original system
(no schema_migrations) are checked column by column and adopted. Refuses, changing nothing, when an
applied migration has changed, or when the schema is newer than this action.

Options:
${_database_js__WEBPACK_IMPORTED_MODULE_1__/* .DATABASE_URL_HELP */ .mo}
  --json               print the result as JSON
`;
async function run(argv, io) {
    return (0,_database_js__WEBPACK_IMPORTED_MODULE_1__/* .runCommand */ .d1)('migrate', io, () => execute(argv, io));
}
async function execute(argv, io) {
    const { values } = (0,_io_js__WEBPACK_IMPORTED_MODULE_2__/* .parseCommandArgs */ .Qx)('migrate', argv, {
        'database-url': { type: 'string' },
        json: { type: 'boolean' }
    });
    if (values.help) {
        io.stdout(HELP);
        return 0;
    }
    const db = await (0,_database_js__WEBPACK_IMPORTED_MODULE_1__/* .connect */ .Ng)(values['database-url'], io);
    try {
        const result = await (0,_db_migrate_js__WEBPACK_IMPORTED_MODULE_0__/* .migrate */ ._r)(db.sql);
        if (values.json) {
            io.stdout((0,_database_js__WEBPACK_IMPORTED_MODULE_1__/* .json */ .Pq)({ database: db.describe, ...result }));
        }
        else if (result.adopted) {
            io.stdout(`Adopted the existing self-evolution tables in ${db.describe}: recorded ${result.current[0]} as applied` +
                (result.applied.length ? `, then applied ${result.applied.join(', ')}.\n` : '.\n'));
        }
        else if (result.applied.length) {
            io.stdout(`Applied ${result.applied.join(', ')} to ${db.describe}.\n`);
        }
        else {
            io.stdout(`${db.describe} is up to date (${result.current.join(', ')}).\n`);
        }
        return 0;
    }
    finally {
        await db.close();
    }
}


/***/ })

};
