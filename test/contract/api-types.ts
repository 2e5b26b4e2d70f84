// Generated from /openapi.json by openapi-typescript (test/contract/api-types.test.ts); do not edit.

export interface paths {
    "/healthz": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Liveness */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description {status: ok} */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @constant */
                            status: "ok";
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/readyz": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Readiness: Postgres and Temporal reachable (why one is not: to the admin’s token only) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description {postgres, temporal} */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            postgres: string;
                            temporal: string;
                        };
                    };
                };
                /** @description {postgres, temporal}: "unavailable" for the one not reachable, or the error to the admin */
                503: {
                    headers: {
                        /** @description seconds to wait before asking again */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            postgres: string;
                            temporal: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/metrics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Prometheus metrics: HTTP traffic, open appeals, notifications */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Prometheus text */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/plain": string;
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/openapi.json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** This document */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OpenAPI 3.1 */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            openapi: string;
                            info: {
                                title: string;
                                version: string;
                            };
                            paths: {
                                [key: string]: unknown;
                            };
                            components: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/departments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List departments, or the units beneath one (`parent`) or of one level
         * @description Roles: office, department, enterprise, admin.
         */
        get: {
            parameters: {
                query?: {
                    parent?: string;
                    level?: "city_department" | "county" | "park" | "county_department" | "town";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description {items}. Each department’s `code`, `name`, `level`, `parent` and `active`; `webhookUrl` only for the admin. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["Department"][];
                        };
                    };
                };
                /** @description invalid input (`errors` names each field) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description no token, or an unknown or revoked one */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description not allowed for this role */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Postgres or Temporal unreachable; try again shortly (after Retry-After, when the ledger is the one away) */
                503: {
                    headers: {
                        /** @description seconds to wait before asking again */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /**
         * Create a department: a unit of the city’s tree, with its level and parent (its webhook secret is shown once)
         * @description Roles: admin.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        code: string;
                        name: string;
                        /**
                         * @default city_department
                         * @enum {string}
                         */
                        level?: "city_department" | "county" | "park" | "county_department" | "town";
                        /** @default null */
                        parent?: string | null;
                        webhookUrl?: string;
                    };
                };
            };
            responses: {
                /** @description the department with its secret */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            name: string;
                            /** @enum {string} */
                            level: "city_department" | "county" | "park" | "county_department" | "town";
                            parent: string | null;
                            webhookUrl?: string | null;
                            active: boolean;
                            secret: string;
                        };
                    };
                };
                /** @description invalid input, or a parent that does not hold units of this level */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description no token, or an unknown or revoked one */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description not allowed for this role */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description the code is taken */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description the body is over 64 KiB */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Postgres or Temporal unreachable; try again shortly (after Retry-After, when the ledger is the one away) */
                503: {
                    headers: {
                        /** @description seconds to wait before asking again */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/departments/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Rename, move, re-point or deactivate a department
         * @description Roles: admin.
         */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    code: string;
                };
                cookie?: never;
            };
            requestBody?: {
                content: {
                    "application/json": {
                        name?: string;
                        /** @enum {string} */
                        level?: "city_department" | "county" | "park" | "county_department" | "town";
                        parent?: string | null;
                        webhookUrl?: string | null;
                        active?: boolean;
                    };
                };
            };
            responses: {
                /** @description the department */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Department"];
                    };
                };
                /** @description invalid input, or a place in the tree that does not hold it or its units */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description no token, or an unknown or revoked one */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description not allowed for this role */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description no such department */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description the body is over 64 KiB */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Postgres or Temporal unreachable; try again shortly (after Retry-After, when the ledger is the one away) */
                503: {
                    headers: {
                        /** @description seconds to wait before asking again */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/v1/departments/{code}/secret": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Rotate a department’s webhook secret (the old one still signs, in X-Appeals-Signature-Previous, for 24 h)
         * @description Roles: admin.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    code: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description {secret} */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            secret: string;
                        };
                    };
                };
                /** @description no token, or an unknown or revoked one */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description not allowed for this role */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description no such department */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Postgres or Temporal unreachable; try again shortly (after Retry-After, when the ledger is the one away) */
                503: {
                    headers: {
                        /** @description seconds to wait before asking again */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/office/webhook": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Where the office’s notifications go
         * @description Roles: admin.
         */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        url: string;
                    };
                };
            };
            responses: {
                /** @description {url, secret} */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            secret: string;
                            url: string;
                        };
                    };
                };
                /** @description invalid input */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description no token, or an unknown or revoked one */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description not allowed for this role */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description the body is over 64 KiB */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Postgres or Temporal unreachable; try again shortly (after Retry-After, when the ledger is the one away) */
                503: {
                    headers: {
                        /** @description seconds to wait before asking again */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/tokens": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List active tokens (never the tokens themselves)
         * @description Roles: admin.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description {items} */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: string;
                                /** @enum {string} */
                                role: "admin" | "office" | "department" | "enterprise" | "leader" | "commission";
                                department: string | null;
                                creditCode: string | null;
                                label: string | null;
                                unit: string | null;
                                person: string | null;
                                createdAt: components["schemas"]["Instant"];
                            }[];
                        };
                    };
                };
                /** @description no token, or an unknown or revoked one */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description not allowed for this role */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Postgres or Temporal unreachable; try again shortly (after Retry-After, when the ledger is the one away) */
                503: {
                    headers: {
                        /** @description seconds to wait before asking again */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /**
         * Issue a token (shown once); an office token with `unit` is a county’s or park’s office, over its subtree only
         * @description Roles: admin.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        role: "admin" | "office" | "department" | "enterprise" | "leader" | "commission";
                        department?: string;
                        /** @example 91510700MA62BAR50B */
                        creditCode?: string;
                        label?: string;
                        unit?: string;
                        person?: string;
                    };
                };
            };
            responses: {
                /** @description {id, token, role, department, creditCode, label, unit, person} */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            /** @enum {string} */
                            role: "admin" | "office" | "department" | "enterprise" | "leader" | "commission";
                            department: string | null;
                            creditCode: string | null;
                            label: string | null;
                            unit: string | null;
                            person: string | null;
                            token: string;
                        };
                    };
                };
                /** @description invalid input (a unit that is not a county or park, a person who does not exist or is retired, a department token for another unit than its person’s, an enterprise token naming a person) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description no token, or an unknown or revoked one */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description not allowed for this role */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description the body is over 64 KiB */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Postgres or Temporal unreachable; try again shortly (after Retry-After, when the ledger is the one away) */
                503: {
                    headers: {
                        /** @description seconds to wait before asking again */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/tokens/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Revoke a token
         * @description Roles: admin.
         */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description revoked */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description no token, or an unknown or revoked one */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description not allowed for this role */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description no such active token */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Postgres or Temporal unreachable; try again shortly (after Retry-After, when the ledger is the one away) */
                503: {
                    headers: {
                        /** @description seconds to wait before asking again */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/calendar/{year}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A year’s calendar (the weekend rule with loaded: false when none is loaded)
         * @description Roles: office, department, enterprise, admin.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    year: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description {year, holidays, workdays, loaded} */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            year: number;
                            holidays: components["schemas"]["Date"][];
                            workdays: components["schemas"]["Date"][];
                            loaded: boolean;
                        };
                    };
                };
                /** @description invalid year */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description no token, or an unknown or revoked one */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description not allowed for this role */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description nothing at this path */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Postgres or Temporal unreachable; try again shortly (after Retry-After, when the ledger is the one away) */
                503: {
                    headers: {
                        /** @description seconds to wait before asking again */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        /**
         * Replace a year’s holidays and adjusted working days
         * @description Roles: admin.
         */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    year: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        holidays: string[];
                        workdays: string[];
                    };
                };
            };
            responses: {
                /** @description the year */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            year: number;
                            holidays: components["schemas"]["Date"][];
                            workdays: components["schemas"]["Date"][];
                            loaded: boolean;
                        };
                    };
                };
                /** @description invalid dates */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description no token, or an unknown or revoked one */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description not allowed for this role */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description nothing at this path */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description the body is over 64 KiB */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Postgres or Temporal unreachable; try again shortly (after Retry-After, when the ledger is the one away) */
                503: {
                    headers: {
                        /** @description seconds to wait before asking again */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/codes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Every code set with Chinese labels
         * @description Roles: office, department, enterprise, admin.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description code sets */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            categories: {
                                [key: string]: string;
                            };
                            channels: {
                                [key: string]: string;
                            };
                            statuses: {
                                [key: string]: string;
                            };
                            closures: {
                                [key: string]: string;
                            };
                            classifications: {
                                [key: string]: string;
                            };
                            ratingResults: {
                                [key: string]: string;
                            };
                            ratingMethods: {
                                [key: string]: string;
                            };
                            submitterKinds: {
                                [key: string]: string;
                            };
                            appealKinds: {
                                [key: string]: string;
                            };
                            referralCauses: {
                                [key: string]: string;
                            };
                            followUpOutcomes: {
                                [key: string]: string;
                            };
                            timelineKinds: {
                                [key: string]: string;
                            };
                            meetingKinds: {
                                [key: string]: string;
                            };
                            meetingStatuses: {
                                [key: string]: string;
                            };
                            tableDecisions: {
                                [key: string]: string;
                            };
                            meetingReadiness: {
                                [key: string]: string;
                            };
                            unitLevels: {
                                [key: string]: string;
                            };
                            duties: {
                                [key: string]: string;
                            };
                            accountabilityKinds: {
                                [key: string]: string;
                            };
                            accountabilityStatuses: {
                                [key: string]: string;
                            };
                            accountabilityOutcomes: {
                                [key: string]: string;
                            };
                            findingResults: {
                                [key: string]: string;
                            };
                            accountabilityEventKinds: {
                                [key: string]: string;
                            };
                            enterpriseFlags: {
                                [key: string]: string;
                            };
                            enterpriseSizes: {
                                [key: string]: string;
                            };
                        };
                    };
                };
                /** @description no token, or an unknown or revoked one */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description not allowed for this role */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Postgres or Temporal unreachable; try again shortly (after Retry-After, when the ledger is the one away) */
                503: {
                    headers: {
                        /** @description seconds to wait before asking again */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/codes/categories": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Add a category
         * @description Roles: admin.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        code: string;
                        label: string;
                    };
                };
            };
            responses: {
                /** @description the category */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            label: string;
                        };
                    };
                };
                /** @description invalid input */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description no token, or an unknown or revoked one */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description not allowed for this role */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description the code is taken */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description the body is over 64 KiB */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Postgres or Temporal unreachable; try again shortly (after Retry-After, when the ledger is the one away) */
                503: {
                    headers: {
                        /** @description seconds to wait before asking again */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/policy": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The time rules’ numbers and which appeals the public pages withhold by default
         * @description Roles: office, department, enterprise, admin.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description the policy */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            assignByDay: number;
                            pathByDay: number;
                            /** @default 1 */
                            laterAssignByWorkingDays: number;
                            /** @default 2 */
                            laterPathByWorkingDays: number;
                            limits: {
                                simple: number;
                                general: number[];
                                complex: number;
                                /** @default 60 */
                                complexMax: number;
                            };
                            warningTime: string;
                            reportEveryWorkingDays: number;
                            ratingDueWorkingDays: number;
                            unratedAfterWorkingDays: number;
                            explanationDueWorkingDays: number;
                            followUpMonths: number[];
                            /** @default 09:00 */
                            followUpTime: string;
                            followUpDueWorkingDays: number;
                            /** @default 3 */
                            contributionDueWorkingDays: number;
                            /**
                             * @default {
                             *       "consultation": 5,
                             *       "suggestion": 15
                             *     }
                             */
                            kindLimits: {
                                consultation: number;
                                suggestion: number;
                            };
                            /** @default 2 */
                            maxExtensions: number;
                            /** @default 30 */
                            maxExtensionDays: number;
                            /**
                             * @default {
                             *       "green_card": null,
                             *       "key_project": null
                             *     }
                             */
                            flagLimits: {
                                green_card: number | null;
                                key_project: number | null;
                            };
                            /** @default 20 */
                            rectifyWorkingDays: number;
                            /** @default false */
                            handlerRequired: boolean;
                            /** @default false */
                            meetingProblemsWaitForMeeting: boolean;
                            /**
                             * @default {
                             *       "withholdReferrals": true,
                             *       "confidentialCategories": []
                             *     }
                             */
                            publication: {
                                withholdReferrals: boolean;
                                confidentialCategories: string[];
                            };
                            /**
                             * @default {
                             *       "unratedCountsAsSolved": false,
                             *       "rounding": 0.1
                             *     }
                             */
                            figures: {
                                unratedCountsAsSolved: boolean;
                                rounding: 0.1 | 1;
                            };
                        };
                    };
                };
                /** @description no token, or an unknown or revoked one */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description not allowed for this role */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Postgres or Temporal unreachable; try again shortly (after Retry-After, when the ledger is the one away) */
                503: {
                    headers: {
                        /** @description seconds to wait before asking again */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        /**
         * Replace the policy (numbers apply to deadlines set afterwards; `publication` to appeals not yet decided on)
         * @description Roles: admin.
         */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        assignByDay: number;
                        pathByDay: number;
                        /** @default 1 */
                        laterAssignByWorkingDays?: number;
                        /** @default 2 */
                        laterPathByWorkingDays?: number;
                        limits: {
                            simple: number;
                            general: number[];
                            complex: number;
                            /** @default 60 */
                            complexMax?: number;
                        };
                        warningTime: string;
                        reportEveryWorkingDays: number;
                        ratingDueWorkingDays: number;
                        unratedAfterWorkingDays: number;
                        explanationDueWorkingDays: number;
                        followUpMonths: number[];
                        /** @default 09:00 */
                        followUpTime?: string;
                        followUpDueWorkingDays: number;
                        /** @default 3 */
                        contributionDueWorkingDays?: number;
                        /**
                         * @default {
                         *       "consultation": 5,
                         *       "suggestion": 15
                         *     }
                         */
                        kindLimits?: {
                            consultation: number;
                            suggestion: number;
                        };
                        /** @default 2 */
                        maxExtensions?: number;
                        /** @default 30 */
                        maxExtensionDays?: number;
                        /**
                         * @default {
                         *       "green_card": null,
                         *       "key_project": null
                         *     }
                         */
                        flagLimits?: {
                            green_card: number | null;
                            key_project: number | null;
                        };
                        /** @default 20 */
                        rectifyWorkingDays?: number;
                        /** @default false */
                        handlerRequired?: boolean;
                        /** @default false */
                        meetingProblemsWaitForMeeting?: boolean;
                        /**
                         * @default {
                         *       "withholdReferrals": true,
                         *       "confidentialCategories": []
                         *     }
                         */
                        publication?: {
                            withholdReferrals: boolean;
                            confidentialCategories: string[];
                        };
                        /**
                         * @default {
                         *       "unratedCountsAsSolved": false,
                         *       "rounding": 0.1
                         *     }
                         */
                        figures?: {
                            unratedCountsAsSolved: boolean;
                            rounding: 0.1 | 1;
                        };
                    };
                };
            };
            responses: {
                /** @description the policy */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            assignByDay: number;
                            pathByDay: number;
                            /** @default 1 */
                            laterAssignByWorkingDays: number;
                            /** @default 2 */
                            laterPathByWorkingDays: number;
                            limits: {
                                simple: number;
                                general: number[];
                                complex: number;
                                /** @default 60 */
                                complexMax: number;
                            };
                            warningTime: string;
                            reportEveryWorkingDays: number;
                            ratingDueWorkingDays: number;
                            unratedAfterWorkingDays: number;
                            explanationDueWorkingDays: number;
                            followUpMonths: number[];
                            /** @default 09:00 */
                            followUpTime: string;
                            followUpDueWorkingDays: number;
                            /** @default 3 */
                            contributionDueWorkingDays: number;
                            /**
                             * @default {
                             *       "consultation": 5,
                             *       "suggestion": 15
                             *     }
                             */
                            kindLimits: {
                                consultation: number;
                                suggestion: number;
                            };
                            /** @default 2 */
                            maxExtensions: number;
                            /** @default 30 */
                            maxExtensionDays: number;
                            /**
                             * @default {
                             *       "green_card": null,
                             *       "key_project": null
                             *     }
                             */
                            flagLimits: {
                                green_card: number | null;
                                key_project: number | null;
                            };
                            /** @default 20 */
                            rectifyWorkingDays: number;
                            /** @default false */
                            handlerRequired: boolean;
                            /** @default false */
                            meetingProblemsWaitForMeeting: boolean;
                            /**
                             * @default {
                             *       "withholdReferrals": true,
                             *       "confidentialCategories": []
                             *     }
                             */
                            publication: {
                                withholdReferrals: boolean;
                                confidentialCategories: string[];
                            };
                            /**
                             * @default {
                             *       "unratedCountsAsSolved": false,
                             *       "rounding": 0.1
                             *     }
                             */
                            figures: {
                                unratedCountsAsSolved: boolean;
                                rounding: 0.1 | 1;
                            };
                        };
                    };
                };
                /** @description invalid numbers */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description no token, or an unknown or revoked one */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description not allowed for this role */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description the body is over 64 KiB */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Postgres or Temporal unreachable; try again shortly (after Retry-After, when the ledger is the one away) */
                503: {
                    headers: {
                        /** @description seconds to wait before asking again */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/people": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * People by unit, duty and whether active; a department lists its own unit
         * @description Roles: office, department, admin.
         */
        get: {
            parameters: {
                query?: {
                    unit?: string;
                    duty?: "handler" | "case_owner" | "leader";
                    active?: "true" | "false";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description {items}, by unit then name. The office and the admin read every person; a department reads the people of its own unit (another unit’s person is 403). `phone` (personal data) only for the office, the admin and the person’s own unit. In appeal timelines `actor.person` ({id, name}) is shown to the office, the admin and departments, never to enterprises. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["Person"][];
                        };
                    };
                };
                /** @description invalid input (`errors` names each field) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description no token, or an unknown or revoked one */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description a department asking for another unit */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Postgres or Temporal unreachable; try again shortly (after Retry-After, when the ledger is the one away) */
                503: {
                    headers: {
                        /** @description seconds to wait before asking again */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /**
         * Add a person to a unit, with their duties (tokens can then be issued to them)
         * @description Roles: office, admin.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name: string;
                        unit: string;
                        phone?: string;
                        duties: ("handler" | "case_owner" | "leader")[];
                    };
                };
            };
            responses: {
                /** @description the person, with `Location`. The office and the admin read every person; a department reads the people of its own unit (another unit’s person is 403). `phone` (personal data) only for the office, the admin and the person’s own unit. In appeal timelines `actor.person` ({id, name}) is shown to the office, the admin and departments, never to enterprises. */
                201: {
                    headers: {
                        /** @description the path to read what was created or accepted */
                        Location: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Person"];
                    };
                };
                /** @description invalid input (`unit` must be an active department) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description no token, or an unknown or revoked one */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description not allowed for this role */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description the body is over 64 KiB */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description this token has used its writes for now (not the admin’s); Retry-After says when to retry */
                429: {
                    headers: {
                        /** @description seconds to wait before asking again */
                        "Retry-After": number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Postgres or Temporal unreachable; try again shortly (after Retry-After, when the ledger is the one away) */
                503: {
                    headers: {
                        /** @description seconds to wait before asking again */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/digests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A leader’s own weekly digests of the open appeals they instructed, newest first (a year of them)
         * @description Roles: leader.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description {items: [{week, computedAt, appeals: [{appealId, receiptNumber, status, leadDepartment, overdue, dueAt, reportBy}]}]} */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                week: components["schemas"]["Date"];
                                computedAt: components["schemas"]["Instant"];
                                appeals: {
                                    appealId: string;
                                    receiptNumber: string;
                                    status: string;
                                    leadDepartment: string | null;
                                    overdue: boolean;
                                    dueAt: string | null;
                                    reportBy: string | null;
                                }[];
                            }[];
                        };
                    };
                };
                /** @description no token, or an unknown or revoked one */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description not allowed for this role */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Postgres or Temporal unreachable; try again shortly (after Retry-After, when the ledger is the one away) */
                503: {
                    headers: {
                        /** @description seconds to wait before asking again */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/people/{id}/digests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A leader’s weekly digests, as GET /v1/digests answers them to the leader
         * @description Roles: office, admin.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description {items} */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                week: components["schemas"]["Date"];
                                computedAt: components["schemas"]["Instant"];
                                appeals: {
                                    appealId: string;
                                    receiptNumber: string;
                                    status: string;
                                    leadDepartment: string | null;
                                    overdue: boolean;
                                    dueAt: string | null;
                                    reportBy: string | null;
                                }[];
                            }[];
                        };
                    };
                };
                /** @description no token, or an unknown or revoked one */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description not allowed for this role */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description no such person */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Postgres or Temporal unreachable; try again shortly (after Retry-After, when the ledger is the one away) */
                503: {
                    headers: {
                        /** @description seconds to wait before asking again */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/people/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A person
         * @description Roles: office, department, admin.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description the person. The office and the admin read every person; a department reads the people of its own unit (another unit’s person is 403). `phone` (personal data) only for the office, the admin and the person’s own unit. In appeal timelines `actor.person` ({id, name}) is shown to the office, the admin and departments, never to enterprises. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Person"];
                    };
                };
                /** @description no token, or an unknown or revoked one */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description a person of another unit */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description no such person */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Postgres or Temporal unreachable; try again shortly (after Retry-After, when the ledger is the one away) */
                503: {
                    headers: {
                        /** @description seconds to wait before asking again */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Rename a person, change their phone or duties, or retire them (`active: false`: their tokens stop working)
         * @description Roles: office, admin.
         */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: {
                content: {
                    "application/json": {
                        name?: string;
                        phone?: string | null;
                        duties?: ("handler" | "case_owner" | "leader")[];
                        active?: boolean;
                    };
                };
            };
            responses: {
                /** @description the person. The office and the admin read every person; a department reads the people of its own unit (another unit’s person is 403). `phone` (personal data) only for the office, the admin and the person’s own unit. In appeal timelines `actor.person` ({id, name}) is shown to the office, the admin and departments, never to enterprises. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Person"];
                    };
                };
                /** @description invalid input */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description no token, or an unknown or revoked one */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description not allowed for this role */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description no such person */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description the body is over 64 KiB */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description this token has used its writes for now (not the admin’s); Retry-After says when to retry */
                429: {
                    headers: {
                        /** @description seconds to wait before asking again */
                        "Retry-After": number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Postgres or Temporal unreachable; try again shortly (after Retry-After, when the ledger is the one away) */
                503: {
                    headers: {
                        /** @description seconds to wait before asking again */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/v1/appeals/{id}/publish": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Publish a closed appeal on the public pages (结果公开)
         * @description Roles: office, admin.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: {
                content: {
                    "application/json": Record<string, never>;
                };
            };
            responses: {
                /** @description the appeal, with its `publication` */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Appeal"];
                    };
                };
                /** @description invalid input (`errors` names each field) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description no token, or an unknown or revoked one */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description not allowed for this role */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description nothing at this path */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description the appeal is not closed (names currentStatus and allowedSteps) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description the body is over 64 KiB */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description this token has used its writes for now (not the admin’s); Retry-After says when to retry */
                429: {
                    headers: {
                        /** @description seconds to wait before asking again */
                        "Retry-After": number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Postgres or Temporal unreachable; try again shortly (after Retry-After, when the ledger is the one away) */
                503: {
                    headers: {
                        /** @description seconds to wait before asking again */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/appeals/{id}/withhold": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Withhold a closed appeal from the public pages, or take a published one off them
         * @description Roles: office, admin.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        reason: string;
                    };
                };
            };
            responses: {
                /** @description the appeal, with its `publication` */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Appeal"];
                    };
                };
                /** @description invalid input (`errors` names each field) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description no token, or an unknown or revoked one */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description not allowed for this role */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description nothing at this path */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description the appeal is not closed (names currentStatus and allowedSteps) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description the body is over 64 KiB */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description this token has used its writes for now (not the admin’s); Retry-After says when to retry */
                429: {
                    headers: {
                        /** @description seconds to wait before asking again */
                        "Retry-After": number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Postgres or Temporal unreachable; try again shortly (after Retry-After, when the ledger is the one away) */
                503: {
                    headers: {
                        /** @description seconds to wait before asking again */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/appeals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List appeals, newest first (with `q`: best match first), with filters and cursor paging (`publication=pending`: the decisions the office owes); the whole ledger (台账) as CSV
         * @description Roles: office, department, enterprise, leader, admin.
         */
        get: {
            parameters: {
                query?: {
                    from?: string & (unknown & unknown);
                    to?: string & (unknown & unknown);
                    status?: "registered" | "assigned" | "in_progress" | "resolved" | "awaiting_material" | "awaiting_explanation" | "awaiting_decision" | "closed" | "withdrawn";
                    department?: string;
                    channel?: "symposium" | "consultation_meeting" | "service_window" | "online_platform" | "wechat_group" | "hotline_12345" | "chamber" | "supervisor" | "visit" | "other";
                    category?: string;
                    kind?: "problem" | "consultation" | "suggestion";
                    overdue?: "true" | "false";
                    supervised?: "true" | "false";
                    meetingId?: string;
                    receiptNumber?: string;
                    unit?: string;
                    owner?: string;
                    instructed?: "true" | "false";
                    flag?: "green_card" | "key_project";
                    publication?: "pending" | "published" | "withheld";
                    q?: string;
                    limit?: number;
                    cursor?: string;
                    lang?: "en" | "zh";
                    bom?: "true" | "false";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description {items, nextCursor}, or with Accept: text/csv every matching appeal (all pages). The city’s office and the admin read everything, `publication` included (a county’s or park’s office, an office token with a `unit`: only the appeals registered at its window or led by one of its units, others 404, and no `publication`); departments read the appeals they lead or co-handle, the contact (and the `submitter` whole: anyone else sees its `kind` and `organisation`) only as lead; an enterprise reads its own, with the enterprise-facing timeline (steps and answers addressed to it: no return reasons, supervision, progress notes, extension reasons, explanations or referral cause and note; actors by role and unit, never `actor.person`), without `supervision`, with only granted extensions (no reason or note), follow-ups without notes, and no `closureReason` for a referral. `enterpriseFlags` (the register’s flags of its enterprise, issue 18) for everyone but the enterprise. The discipline commission reads only the appeals behind its referral records, as a department that does not lead them (no contact). */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["Appeal"][];
                            nextCursor: string | null;
                        };
                        "text/csv": string;
                    };
                };
                /** @description invalid filter, a `q` with nothing to search for, or a cursor of the list with `q` used without it (or the reverse) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description no token, or an unknown or revoked one */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description the publication filter is the office’s */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description no such unit (`unit`), or not one of a county’s office’s own */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Postgres or Temporal unreachable; try again shortly (after Retry-After, when the ledger is the one away) */
                503: {
                    headers: {
                        /** @description seconds to wait before asking again */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /**
         * Submit or register an appeal (optional Idempotency-Key header)
         * @description Roles: office, enterprise, admin.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        enterprise: {
                            name: string;
                            /** @example 91510700MA62BAR50B */
                            creditCode: string;
                            contact: {
                                name: string;
                                phone: string;
                            };
                        };
                        submitter?: {
                            /** @enum {string} */
                            kind: "enterprise" | "experience_officer" | "deputy" | "cppcc_member" | "chamber" | "supervisor" | "third_party";
                            name: string;
                            phone: string;
                            organisation?: string;
                            wechatOpenId?: string;
                        };
                        /** @enum {string} */
                        channel?: "symposium" | "consultation_meeting" | "service_window" | "online_platform" | "wechat_group" | "hotline_12345" | "chamber" | "supervisor" | "visit" | "other";
                        category: string;
                        title: string;
                        description: string;
                        disclose?: boolean;
                        meetingId?: string;
                        /**
                         * @description problem (default), consultation or suggestion: each kind has its own time limit and figures
                         * @enum {string}
                         */
                        kind?: "problem" | "consultation" | "suggestion";
                    };
                };
            };
            responses: {
                /** @description the registered appeal. The city’s office and the admin read everything, `publication` included (a county’s or park’s office, an office token with a `unit`: only the appeals registered at its window or led by one of its units, others 404, and no `publication`); departments read the appeals they lead or co-handle, the contact (and the `submitter` whole: anyone else sees its `kind` and `organisation`) only as lead; an enterprise reads its own, with the enterprise-facing timeline (steps and answers addressed to it: no return reasons, supervision, progress notes, extension reasons, explanations or referral cause and note; actors by role and unit, never `actor.person`), without `supervision`, with only granted extensions (no reason or note), follow-ups without notes, and no `closureReason` for a referral. `enterpriseFlags` (the register’s flags of its enterprise, issue 18) for everyone but the enterprise. The discipline commission reads only the appeals behind its referral records, as a department that does not lead them (no contact). */
                201: {
                    headers: {
                        /** @description the path to read what was created or accepted */
                        Location: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Appeal"];
                    };
                };
                /** @description accepted, its registration not on the ledger yet: {id, receiptNumber, status: "registering"}; GET Location after Retry-After seconds */
                202: {
                    headers: {
                        /** @description the path to read what was created or accepted */
                        Location: string;
                        /** @description seconds to wait before asking again */
                        "Retry-After": number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Registering"];
                    };
                };
                /** @description invalid input */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description no token, or an unknown or revoked one */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description not this enterprise */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Idempotency-Key reused with another body */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description the body is over 64 KiB */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description this token has used its writes for now (not the admin’s); Retry-After says when to retry */
                429: {
                    headers: {
                        /** @description seconds to wait before asking again */
                        "Retry-After": number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description too many submissions in flight (with Retry-After), or Postgres or Temporal unreachable: no appeal was started */
                503: {
                    headers: {
                        /** @description seconds to wait before asking again */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/appeals/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One appeal with its timeline (the discipline commission: the appeals behind its referral records)
         * @description Roles: office, department, enterprise, leader, commission, admin.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description the appeal. The city’s office and the admin read everything, `publication` included (a county’s or park’s office, an office token with a `unit`: only the appeals registered at its window or led by one of its units, others 404, and no `publication`); departments read the appeals they lead or co-handle, the contact (and the `submitter` whole: anyone else sees its `kind` and `organisation`) only as lead; an enterprise reads its own, with the enterprise-facing timeline (steps and answers addressed to it: no return reasons, supervision, progress notes, extension reasons, explanations or referral cause and note; actors by role and unit, never `actor.person`), without `supervision`, with only granted extensions (no reason or note), follow-ups without notes, and no `closureReason` for a referral. `enterpriseFlags` (the register’s flags of its enterprise, issue 18) for everyone but the enterprise. The discipline commission reads only the appeals behind its referral records, as a department that does not lead them (no contact). */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Appeal"];
                    };
                };
                /** @description accepted and still registering: {id, receiptNumber, status: "registering"}; ask again after Retry-After seconds */
                202: {
                    headers: {
                        /** @description seconds to wait before asking again */
                        "Retry-After": number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Registering"];
                    };
                };
                /** @description no token, or an unknown or revoked one */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description not yours */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description no such appeal */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Postgres or Temporal unreachable; try again shortly (after Retry-After, when the ledger is the one away) */
                503: {
                    headers: {
                        /** @description seconds to wait before asking again */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/people/{id}/appeals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The appeals a person owns as case owner (专员), newest first
         * @description Roles: office, admin.
         */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    cursor?: string;
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description {items, nextCursor}. The city’s office and the admin read everything, `publication` included (a county’s or park’s office, an office token with a `unit`: only the appeals registered at its window or led by one of its units, others 404, and no `publication`); departments read the appeals they lead or co-handle, the contact (and the `submitter` whole: anyone else sees its `kind` and `organisation`) only as lead; an enterprise reads its own, with the enterprise-facing timeline (steps and answers addressed to it: no return reasons, supervision, progress notes, extension reasons, explanations or referral cause and note; actors by role and unit, never `actor.person`), without `supervision`, with only granted extensions (no reason or note), follow-ups without notes, and no `closureReason` for a referral. `enterpriseFlags` (the register’s flags of its enterprise, issue 18) for everyone but the enterprise. The discipline commission reads only the appeals behind its referral records, as a department that does not lead them (no contact). */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["Appeal"][];
                            nextCursor: string | null;
                        };
                    };
                };
                /** @description invalid input (`errors` names each field) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description no token, or an unknown or revoked one */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description not allowed for this role */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description no such person */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Postgres or Temporal unreachable; try again shortly (after Retry-After, when the ledger is the one away) */
                503: {
                    headers: {
                        /** @description seconds to wait before asking again */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/appeals/{id}/classify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Lifecycle step: classify
         * @description Roles: office, admin.
         */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @description Scoped to the token, kept 24 h. The same request again (method, path, body as parsed JSON) takes the step once and answers the first answer; another request with this key is 409. A refused step (4xx) leaves the key free. */
                    "Idempotency-Key"?: string;
                };
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        classification: "simple" | "general" | "complex";
                        timeLimitDays?: number;
                    };
                };
            };
            responses: {
                /** @description the appeal right after the step. The city’s office and the admin read everything, `publication` included (a county’s or park’s office, an office token with a `unit`: only the appeals registered at its window or led by one of its units, others 404, and no `publication`); departments read the appeals they lead or co-handle, the contact (and the `submitter` whole: anyone else sees its `kind` and `organisation`) only as lead; an enterprise reads its own, with the enterprise-facing timeline (steps and answers addressed to it: no return reasons, supervision, progress notes, extension reasons, explanations or referral cause and note; actors by role and unit, never `actor.person`), without `supervision`, with only granted extensions (no reason or note), follow-ups without notes, and no `closureReason` for a referral. `enterpriseFlags` (the register’s flags of its enterprise, issue 18) for everyone but the enterprise. The discipline commission reads only the appeals behind its referral records, as a department that does not lead them (no contact). */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Appeal"];
                    };
                };
                /** @description invalid input */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description no token, or an unknown or revoked one */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description not this caller’s appeal */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description no such appeal */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description not allowed in the current status (names currentStatus and allowedSteps); or the Idempotency-Key was used with another request */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description the body is over 64 KiB */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description this token has used its writes for now (not the admin’s); Retry-After says when to retry */
                429: {
                    headers: {
                        /** @description seconds to wait before asking again */
                        "Retry-After": number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Postgres or Temporal unreachable; try again shortly (after Retry-After, when the ledger is the one away) */
                503: {
                    headers: {
                        /** @description seconds to wait before asking again */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/appeals/{id}/assign": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Lifecycle step: assign
         * @description Roles: office, admin.
         */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @description Scoped to the token, kept 24 h. The same request again (method, path, body as parsed JSON) takes the step once and answers the first answer; another request with this key is 409. A refused step (4xx) leaves the key free. */
                    "Idempotency-Key"?: string;
                };
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        lead: string;
                        co?: string[];
                    };
                };
            };
            responses: {
                /** @description the appeal right after the step. The city’s office and the admin read everything, `publication` included (a county’s or park’s office, an office token with a `unit`: only the appeals registered at its window or led by one of its units, others 404, and no `publication`); departments read the appeals they lead or co-handle, the contact (and the `submitter` whole: anyone else sees its `kind` and `organisation`) only as lead; an enterprise reads its own, with the enterprise-facing timeline (steps and answers addressed to it: no return reasons, supervision, progress notes, extension reasons, explanations or referral cause and note; actors by role and unit, never `actor.person`), without `supervision`, with only granted extensions (no reason or note), follow-ups without notes, and no `closureReason` for a referral. `enterpriseFlags` (the register’s flags of its enterprise, issue 18) for everyone but the enterprise. The discipline commission reads only the appeals behind its referral records, as a department that does not lead them (no contact). */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Appeal"];
                    };
                };
                /** @description invalid input */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description no token, or an unknown or revoked one */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description not this caller’s appeal */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description no such appeal */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description not allowed in the current status (names currentStatus and allowedSteps); or the Idempotency-Key was used with another request */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description the body is over 64 KiB */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description this token has used its writes for now (not the admin’s); Retry-After says when to retry */
                429: {
                    headers: {
                        /** @description seconds to wait before asking again */
                        "Retry-After": number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Postgres or Temporal unreachable; try again shortly (after Retry-After, when the ledger is the one away) */
                503: {
                    headers: {
                        /** @description seconds to wait before asking again */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/appeals/{id}/accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Lifecycle step: accept
         * @description Roles: department.
         */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @description Scoped to the token, kept 24 h. The same request again (method, path, body as parsed JSON) takes the step once and answers the first answer; another request with this key is 409. A refused step (4xx) leaves the key free. */
                    "Idempotency-Key"?: string;
                };
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: {
                content: {
                    "application/json": Record<string, never>;
                };
            };
            responses: {
                /** @description the appeal right after the step. The city’s office and the admin read everything, `publication` included (a county’s or park’s office, an office token with a `unit`: only the appeals registered at its window or led by one of its units, others 404, and no `publication`); departments read the appeals they lead or co-handle, the contact (and the `submitter` whole: anyone else sees its `kind` and `organisation`) only as lead; an enterprise reads its own, with the enterprise-facing timeline (steps and answers addressed to it: no return reasons, supervision, progress notes, extension reasons, explanations or referral cause and note; actors by role and unit, never `actor.person`), without `supervision`, with only granted extensions (no reason or note), follow-ups without notes, and no `closureReason` for a referral. `enterpriseFlags` (the register’s flags of its enterprise, issue 18) for everyone but the enterprise. The discipline commission reads only the appeals behind its referral records, as a department that does not lead them (no contact). */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Appeal"];
                    };
                };
                /** @description invalid input */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description no token, or an unknown or revoked one */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description not this caller’s appeal */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description no such appeal */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description not allowed in the current status (names currentStatus and allowedSteps); or the Idempotency-Key was used with another request */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description the body is over 64 KiB */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description this token has used its writes for now (not the admin’s); Retry-After says when to retry */
                429: {
                    headers: {
                        /** @description seconds to wait before asking again */
                        "Retry-After": number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Postgres or Temporal unreachable; try again shortly (after Retry-After, when the ledger is the one away) */
                503: {
                    headers: {
                        /** @description seconds to wait before asking again */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/appeals/{id}/return": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Lifecycle step: return
         * @description Roles: department.
         */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @description Scoped to the token, kept 24 h. The same request again (method, path, body as parsed JSON) takes the step once and answers the first answer; another request with this key is 409. A refused step (4xx) leaves the key free. */
                    "Idempotency-Key"?: string;
                };
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        reason: string;
                    };
                };
            };
            responses: {
                /** @description the appeal right after the step. The city’s office and the admin read everything, `publication` included (a county’s or park’s office, an office token with a `unit`: only the appeals registered at its window or led by one of its units, others 404, and no `publication`); departments read the appeals they lead or co-handle, the contact (and the `submitter` whole: anyone else sees its `kind` and `organisation`) only as lead; an enterprise reads its own, with the enterprise-facing timeline (steps and answers addressed to it: no return reasons, supervision, progress notes, extension reasons, explanations or referral cause and note; actors by role and unit, never `actor.person`), without `supervision`, with only granted extensions (no reason or note), follow-ups without notes, and no `closureReason` for a referral. `enterpriseFlags` (the register’s flags of its enterprise, issue 18) for everyone but the enterprise. The discipline commission reads only the appeals behind its referral records, as a department that does not lead them (no contact). */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Appeal"];
                    };
                };
                /** @description invalid input */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description no token, or an unknown or revoked one */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description not this caller’s appeal */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description no such appeal */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description not allowed in the current status (names currentStatus and allowedSteps); or the Idempotency-Key was used with another request */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description the body is over 64 KiB */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description this token has used its writes for now (not the admin’s); Retry-After says when to retry */
                429: {
                    headers: {
                        /** @description seconds to wait before asking again */
                        "Retry-After": number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Postgres or Temporal unreachable; try again shortly (after Retry-After, when the ledger is the one away) */
                503: {
                    headers: {
                        /** @description seconds to wait before asking again */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/appeals/{id}/path": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Lifecycle step: path
         * @description Roles: department.
         */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @description Scoped to the token, kept 24 h. The same request again (method, path, body as parsed JSON) takes the step once and answers the first answer; another request with this key is 409. A refused step (4xx) leaves the key free. */
                    "Idempotency-Key"?: string;
                };
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        message: string;
                        attachments?: string[];
                    };
                };
            };
            responses: {
                /** @description the appeal right after the step. The city’s office and the admin read everything, `publication` included (a county’s or park’s office, an office token with a `unit`: only the appeals registered at its window or led by one of its units, others 404, and no `publication`); departments read the appeals they lead or co-handle, the contact (and the `submitter` whole: anyone else sees its `kind` and `organisation`) only as lead; an enterprise reads its own, with the enterprise-facing timeline (steps and answers addressed to it: no return reasons, supervision, progress notes, extension reasons, explanations or referral cause and note; actors by role and unit, never `actor.person`), without `supervision`, with only granted extensions (no reason or note), follow-ups without notes, and no `closureReason` for a referral. `enterpriseFlags` (the register’s flags of its enterprise, issue 18) for everyone but the enterprise. The discipline commission reads only the appeals behind its referral records, as a department that does not lead them (no contact). */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Appeal"];
                    };
                };
                /** @description invalid input */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description no token, or an unknown or revoked one */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description not this caller’s appeal */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description no such appeal */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description not allowed in the current status (names currentStatus and allowedSteps); or the Idempotency-Key was used with another request */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description the body is over 64 KiB */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description this token has used its writes for now (not the admin’s); Retry-After says when to retry */
                429: {
                    headers: {
                        /** @description seconds to wait before asking again */
                        "Retry-After": number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Postgres or Temporal unreachable; try again shortly (after Retry-After, when the ledger is the one away) */
                503: {
                    headers: {
                        /** @description seconds to wait before asking again */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/appeals/{id}/progress": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Lifecycle step: progress
         * @description Roles: department.
         */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @description Scoped to the token, kept 24 h. The same request again (method, path, body as parsed JSON) takes the step once and answers the first answer; another request with this key is 409. A refused step (4xx) leaves the key free. */
                    "Idempotency-Key"?: string;
                };
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        message: string;
                        attachments?: string[];
                    };
                };
            };
            responses: {
                /** @description the appeal right after the step. The city’s office and the admin read everything, `publication` included (a county’s or park’s office, an office token with a `unit`: only the appeals registered at its window or led by one of its units, others 404, and no `publication`); departments read the appeals they lead or co-handle, the contact (and the `submitter` whole: anyone else sees its `kind` and `organisation`) only as lead; an enterprise reads its own, with the enterprise-facing timeline (steps and answers addressed to it: no return reasons, supervision, progress notes, extension reasons, explanations or referral cause and note; actors by role and unit, never `actor.person`), without `supervision`, with only granted extensions (no reason or note), follow-ups without notes, and no `closureReason` for a referral. `enterpriseFlags` (the register’s flags of its enterprise, issue 18) for everyone but the enterprise. The discipline commission reads only the appeals behind its referral records, as a department that does not lead them (no contact). */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Appeal"];
                    };
                };
                /** @description invalid input */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description no token, or an unknown or revoked one */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description not this caller’s appeal */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description no such appeal */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description not allowed in the current status (names currentStatus and allowedSteps); or the Idempotency-Key was used with another request */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description the body is over 64 KiB */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description this token has used its writes for now (not the admin’s); Retry-After says when to retry */
                429: {
                    headers: {
                        /** @description seconds to wait before asking again */
                        "Retry-After": number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Postgres or Temporal unreachable; try again shortly (after Retry-After, when the ledger is the one away) */
                503: {
                    headers: {
                        /** @description seconds to wait before asking again */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/appeals/{id}/contribution": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Lifecycle step: contribution
         * @description Roles: department.
         */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @description Scoped to the token, kept 24 h. The same request again (method, path, body as parsed JSON) takes the step once and answers the first answer; another request with this key is 409. A refused step (4xx) leaves the key free. */
                    "Idempotency-Key"?: string;
                };
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        text: string;
                    };
                };
            };
            responses: {
                /** @description the appeal right after the step. The city’s office and the admin read everything, `publication` included (a county’s or park’s office, an office token with a `unit`: only the appeals registered at its window or led by one of its units, others 404, and no `publication`); departments read the appeals they lead or co-handle, the contact (and the `submitter` whole: anyone else sees its `kind` and `organisation`) only as lead; an enterprise reads its own, with the enterprise-facing timeline (steps and answers addressed to it: no return reasons, supervision, progress notes, extension reasons, explanations or referral cause and note; actors by role and unit, never `actor.person`), without `supervision`, with only granted extensions (no reason or note), follow-ups without notes, and no `closureReason` for a referral. `enterpriseFlags` (the register’s flags of its enterprise, issue 18) for everyone but the enterprise. The discipline commission reads only the appeals behind its referral records, as a department that does not lead them (no contact). */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Appeal"];
                    };
                };
                /** @description invalid input */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description no token, or an unknown or revoked one */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description not this caller’s appeal */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description no such appeal */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description not allowed in the current status (names currentStatus and allowedSteps); or the Idempotency-Key was used with another request */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description the body is over 64 KiB */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description this token has used its writes for now (not the admin’s); Retry-After says when to retry */
                429: {
                    headers: {
                        /** @description seconds to wait before asking again */
                        "Retry-After": number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Postgres or Temporal unreachable; try again shortly (after Retry-After, when the ledger is the one away) */
                503: {
                    headers: {
                        /** @description seconds to wait before asking again */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/appeals/{id}/delegate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Lifecycle step: delegate
         * @description Roles: department.
         */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @description Scoped to the token, kept 24 h. The same request again (method, path, body as parsed JSON) takes the step once and answers the first answer; another request with this key is 409. A refused step (4xx) leaves the key free. */
                    "Idempotency-Key"?: string;
                };
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        to: string;
                        timeLimitDays: number;
                        note: string;
                    };
                };
            };
            responses: {
                /** @description the appeal right after the step. The city’s office and the admin read everything, `publication` included (a county’s or park’s office, an office token with a `unit`: only the appeals registered at its window or led by one of its units, others 404, and no `publication`); departments read the appeals they lead or co-handle, the contact (and the `submitter` whole: anyone else sees its `kind` and `organisation`) only as lead; an enterprise reads its own, with the enterprise-facing timeline (steps and answers addressed to it: no return reasons, supervision, progress notes, extension reasons, explanations or referral cause and note; actors by role and unit, never `actor.person`), without `supervision`, with only granted extensions (no reason or note), follow-ups without notes, and no `closureReason` for a referral. `enterpriseFlags` (the register’s flags of its enterprise, issue 18) for everyone but the enterprise. The discipline commission reads only the appeals behind its referral records, as a department that does not lead them (no contact). */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Appeal"];
                    };
                };
                /** @description invalid input */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description no token, or an unknown or revoked one */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description not this caller’s appeal */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description no such appeal */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description not allowed in the current status (names currentStatus and allowedSteps); or the Idempotency-Key was used with another request */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description the body is over 64 KiB */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description this token has used its writes for now (not the admin’s); Retry-After says when to retry */
                429: {
                    headers: {
                        /** @description seconds to wait before asking again */
                        "Retry-After": number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Postgres or Temporal unreachable; try again shortly (after Retry-After, when the ledger is the one away) */
                503: {
                    headers: {
                        /** @description seconds to wait before asking again */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/appeals/{id}/delegate-report": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Lifecycle step: delegate-report
         * @description Roles: department.
         */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @description Scoped to the token, kept 24 h. The same request again (method, path, body as parsed JSON) takes the step once and answers the first answer; another request with this key is 409. A refused step (4xx) leaves the key free. */
                    "Idempotency-Key"?: string;
                };
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        text: string;
                    };
                };
            };
            responses: {
                /** @description the appeal right after the step. The city’s office and the admin read everything, `publication` included (a county’s or park’s office, an office token with a `unit`: only the appeals registered at its window or led by one of its units, others 404, and no `publication`); departments read the appeals they lead or co-handle, the contact (and the `submitter` whole: anyone else sees its `kind` and `organisation`) only as lead; an enterprise reads its own, with the enterprise-facing timeline (steps and answers addressed to it: no return reasons, supervision, progress notes, extension reasons, explanations or referral cause and note; actors by role and unit, never `actor.person`), without `supervision`, with only granted extensions (no reason or note), follow-ups without notes, and no `closureReason` for a referral. `enterpriseFlags` (the register’s flags of its enterprise, issue 18) for everyone but the enterprise. The discipline commission reads only the appeals behind its referral records, as a department that does not lead them (no contact). */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Appeal"];
                    };
                };
                /** @description invalid input */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description no token, or an unknown or revoked one */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description not this caller’s appeal */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description no such appeal */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description not allowed in the current status (names currentStatus and allowedSteps); or the Idempotency-Key was used with another request */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description the body is over 64 KiB */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description this token has used its writes for now (not the admin’s); Retry-After says when to retry */
                429: {
                    headers: {
                        /** @description seconds to wait before asking again */
                        "Retry-After": number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Postgres or Temporal unreachable; try again shortly (after Retry-After, when the ledger is the one away) */
                503: {
                    headers: {
                        /** @description seconds to wait before asking again */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/appeals/{id}/owner": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Lifecycle step: owner
         * @description Roles: office, admin.
         */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @description Scoped to the token, kept 24 h. The same request again (method, path, body as parsed JSON) takes the step once and answers the first answer; another request with this key is 409. A refused step (4xx) leaves the key free. */
                    "Idempotency-Key"?: string;
                };
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        person: string;
                    };
                };
            };
            responses: {
                /** @description the appeal right after the step. The city’s office and the admin read everything, `publication` included (a county’s or park’s office, an office token with a `unit`: only the appeals registered at its window or led by one of its units, others 404, and no `publication`); departments read the appeals they lead or co-handle, the contact (and the `submitter` whole: anyone else sees its `kind` and `organisation`) only as lead; an enterprise reads its own, with the enterprise-facing timeline (steps and answers addressed to it: no return reasons, supervision, progress notes, extension reasons, explanations or referral cause and note; actors by role and unit, never `actor.person`), without `supervision`, with only granted extensions (no reason or note), follow-ups without notes, and no `closureReason` for a referral. `enterpriseFlags` (the register’s flags of its enterprise, issue 18) for everyone but the enterprise. The discipline commission reads only the appeals behind its referral records, as a department that does not lead them (no contact). */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Appeal"];
                    };
                };
                /** @description invalid input */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description no token, or an unknown or revoked one */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description not this caller’s appeal */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description no such appeal */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description not allowed in the current status (names currentStatus and allowedSteps); or the Idempotency-Key was used with another request */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description the body is over 64 KiB */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description this token has used its writes for now (not the admin’s); Retry-After says when to retry */
                429: {
                    headers: {
                        /** @description seconds to wait before asking again */
                        "Retry-After": number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Postgres or Temporal unreachable; try again shortly (after Retry-After, when the ledger is the one away) */
                503: {
                    headers: {
                        /** @description seconds to wait before asking again */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/appeals/{id}/handler": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Lifecycle step: handler
         * @description Roles: department.
         */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @description Scoped to the token, kept 24 h. The same request again (method, path, body as parsed JSON) takes the step once and answers the first answer; another request with this key is 409. A refused step (4xx) leaves the key free. */
                    "Idempotency-Key"?: string;
                };
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        person: string;
                    };
                };
            };
            responses: {
                /** @description the appeal right after the step. The city’s office and the admin read everything, `publication` included (a county’s or park’s office, an office token with a `unit`: only the appeals registered at its window or led by one of its units, others 404, and no `publication`); departments read the appeals they lead or co-handle, the contact (and the `submitter` whole: anyone else sees its `kind` and `organisation`) only as lead; an enterprise reads its own, with the enterprise-facing timeline (steps and answers addressed to it: no return reasons, supervision, progress notes, extension reasons, explanations or referral cause and note; actors by role and unit, never `actor.person`), without `supervision`, with only granted extensions (no reason or note), follow-ups without notes, and no `closureReason` for a referral. `enterpriseFlags` (the register’s flags of its enterprise, issue 18) for everyone but the enterprise. The discipline commission reads only the appeals behind its referral records, as a department that does not lead them (no contact). */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Appeal"];
                    };
                };
                /** @description invalid input */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description no token, or an unknown or revoked one */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description not this caller’s appeal */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description no such appeal */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description not allowed in the current status (names currentStatus and allowedSteps); or the Idempotency-Key was used with another request */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description the body is over 64 KiB */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description this token has used its writes for now (not the admin’s); Retry-After says when to retry */
                429: {
                    headers: {
                        /** @description seconds to wait before asking again */
                        "Retry-After": number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Postgres or Temporal unreachable; try again shortly (after Retry-After, when the ledger is the one away) */
                503: {
                    headers: {
                        /** @description seconds to wait before asking again */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/appeals/{id}/instruction": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Lifecycle step: instruction
         * @description Roles: leader.
         */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @description Scoped to the token, kept 24 h. The same request again (method, path, body as parsed JSON) takes the step once and answers the first answer; another request with this key is 409. A refused step (4xx) leaves the key free. */
                    "Idempotency-Key"?: string;
                };
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        text: string;
                        reportEveryWorkingDays?: number;
                    };
                };
            };
            responses: {
                /** @description the appeal right after the step. The city’s office and the admin read everything, `publication` included (a county’s or park’s office, an office token with a `unit`: only the appeals registered at its window or led by one of its units, others 404, and no `publication`); departments read the appeals they lead or co-handle, the contact (and the `submitter` whole: anyone else sees its `kind` and `organisation`) only as lead; an enterprise reads its own, with the enterprise-facing timeline (steps and answers addressed to it: no return reasons, supervision, progress notes, extension reasons, explanations or referral cause and note; actors by role and unit, never `actor.person`), without `supervision`, with only granted extensions (no reason or note), follow-ups without notes, and no `closureReason` for a referral. `enterpriseFlags` (the register’s flags of its enterprise, issue 18) for everyone but the enterprise. The discipline commission reads only the appeals behind its referral records, as a department that does not lead them (no contact). */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Appeal"];
                    };
                };
                /** @description invalid input */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description no token, or an unknown or revoked one */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description not this caller’s appeal */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description no such appeal */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description not allowed in the current status (names currentStatus and allowedSteps); or the Idempotency-Key was used with another request */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description the body is over 64 KiB */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description this token has used its writes for now (not the admin’s); Retry-After says when to retry */
                429: {
                    headers: {
                        /** @description seconds to wait before asking again */
                        "Retry-After": number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Postgres or Temporal unreachable; try again shortly (after Retry-After, when the ledger is the one away) */
                503: {
                    headers: {
                        /** @description seconds to wait before asking again */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/appeals/{id}/escalate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Lifecycle step: escalate
         * @description Roles: office, admin.
         */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @description Scoped to the token, kept 24 h. The same request again (method, path, body as parsed JSON) takes the step once and answers the first answer; another request with this key is 409. A refused step (4xx) leaves the key free. */
                    "Idempotency-Key"?: string;
                };
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        reason: string;
                        meetingId?: string;
                    };
                };
            };
            responses: {
                /** @description the appeal right after the step. The city’s office and the admin read everything, `publication` included (a county’s or park’s office, an office token with a `unit`: only the appeals registered at its window or led by one of its units, others 404, and no `publication`); departments read the appeals they lead or co-handle, the contact (and the `submitter` whole: anyone else sees its `kind` and `organisation`) only as lead; an enterprise reads its own, with the enterprise-facing timeline (steps and answers addressed to it: no return reasons, supervision, progress notes, extension reasons, explanations or referral cause and note; actors by role and unit, never `actor.person`), without `supervision`, with only granted extensions (no reason or note), follow-ups without notes, and no `closureReason` for a referral. `enterpriseFlags` (the register’s flags of its enterprise, issue 18) for everyone but the enterprise. The discipline commission reads only the appeals behind its referral records, as a department that does not lead them (no contact). */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Appeal"];
                    };
                };
                /** @description invalid input */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description no token, or an unknown or revoked one */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description not this caller’s appeal */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description no such appeal */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description not allowed in the current status (names currentStatus and allowedSteps); or the Idempotency-Key was used with another request */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description the body is over 64 KiB */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description this token has used its writes for now (not the admin’s); Retry-After says when to retry */
                429: {
                    headers: {
                        /** @description seconds to wait before asking again */
                        "Retry-After": number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Postgres or Temporal unreachable; try again shortly (after Retry-After, when the ledger is the one away) */
                503: {
                    headers: {
                        /** @description seconds to wait before asking again */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/appeals/{id}/note": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Lifecycle step: note
         * @description Roles: office, department, admin.
         */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @description Scoped to the token, kept 24 h. The same request again (method, path, body as parsed JSON) takes the step once and answers the first answer; another request with this key is 409. A refused step (4xx) leaves the key free. */
                    "Idempotency-Key"?: string;
                };
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        text: string;
                    };
                };
            };
            responses: {
                /** @description the appeal right after the step. The city’s office and the admin read everything, `publication` included (a county’s or park’s office, an office token with a `unit`: only the appeals registered at its window or led by one of its units, others 404, and no `publication`); departments read the appeals they lead or co-handle, the contact (and the `submitter` whole: anyone else sees its `kind` and `organisation`) only as lead; an enterprise reads its own, with the enterprise-facing timeline (steps and answers addressed to it: no return reasons, supervision, progress notes, extension reasons, explanations or referral cause and note; actors by role and unit, never `actor.person`), without `supervision`, with only granted extensions (no reason or note), follow-ups without notes, and no `closureReason` for a referral. `enterpriseFlags` (the register’s flags of its enterprise, issue 18) for everyone but the enterprise. The discipline commission reads only the appeals behind its referral records, as a department that does not lead them (no contact). */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Appeal"];
                    };
                };
                /** @description invalid input */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description no token, or an unknown or revoked one */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description not this caller’s appeal */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description no such appeal */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description not allowed in the current status (names currentStatus and allowedSteps); or the Idempotency-Key was used with another request */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description the body is over 64 KiB */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description this token has used its writes for now (not the admin’s); Retry-After says when to retry */
                429: {
                    headers: {
                        /** @description seconds to wait before asking again */
                        "Retry-After": number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Postgres or Temporal unreachable; try again shortly (after Retry-After, when the ledger is the one away) */
                503: {
                    headers: {
                        /** @description seconds to wait before asking again */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/appeals/{id}/contacts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Lifecycle step: contacts
         * @description Roles: office, department, admin.
         */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @description Scoped to the token, kept 24 h. The same request again (method, path, body as parsed JSON) takes the step once and answers the first answer; another request with this key is 409. A refused step (4xx) leaves the key free. */
                    "Idempotency-Key"?: string;
                };
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        method: "phone" | "visit" | "message";
                        summary: string;
                        /** @example 2026-12-05T09:30:00.000+08:00 */
                        at?: string & (unknown & unknown);
                    };
                };
            };
            responses: {
                /** @description the appeal right after the step. The city’s office and the admin read everything, `publication` included (a county’s or park’s office, an office token with a `unit`: only the appeals registered at its window or led by one of its units, others 404, and no `publication`); departments read the appeals they lead or co-handle, the contact (and the `submitter` whole: anyone else sees its `kind` and `organisation`) only as lead; an enterprise reads its own, with the enterprise-facing timeline (steps and answers addressed to it: no return reasons, supervision, progress notes, extension reasons, explanations or referral cause and note; actors by role and unit, never `actor.person`), without `supervision`, with only granted extensions (no reason or note), follow-ups without notes, and no `closureReason` for a referral. `enterpriseFlags` (the register’s flags of its enterprise, issue 18) for everyone but the enterprise. The discipline commission reads only the appeals behind its referral records, as a department that does not lead them (no contact). */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Appeal"];
                    };
                };
                /** @description invalid input */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description no token, or an unknown or revoked one */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description not this caller’s appeal */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description no such appeal */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description not allowed in the current status (names currentStatus and allowedSteps); or the Idempotency-Key was used with another request */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description the body is over 64 KiB */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description this token has used its writes for now (not the admin’s); Retry-After says when to retry */
                429: {
                    headers: {
                        /** @description seconds to wait before asking again */
                        "Retry-After": number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Postgres or Temporal unreachable; try again shortly (after Retry-After, when the ledger is the one away) */
                503: {
                    headers: {
                        /** @description seconds to wait before asking again */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/appeals/{id}/extension": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Lifecycle step: extension
         * @description Roles: department.
         */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @description Scoped to the token, kept 24 h. The same request again (method, path, body as parsed JSON) takes the step once and answers the first answer; another request with this key is 409. A refused step (4xx) leaves the key free. */
                    "Idempotency-Key"?: string;
                };
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        workingDays: number;
                        reason: string;
                    };
                };
            };
            responses: {
                /** @description the appeal right after the step. The city’s office and the admin read everything, `publication` included (a county’s or park’s office, an office token with a `unit`: only the appeals registered at its window or led by one of its units, others 404, and no `publication`); departments read the appeals they lead or co-handle, the contact (and the `submitter` whole: anyone else sees its `kind` and `organisation`) only as lead; an enterprise reads its own, with the enterprise-facing timeline (steps and answers addressed to it: no return reasons, supervision, progress notes, extension reasons, explanations or referral cause and note; actors by role and unit, never `actor.person`), without `supervision`, with only granted extensions (no reason or note), follow-ups without notes, and no `closureReason` for a referral. `enterpriseFlags` (the register’s flags of its enterprise, issue 18) for everyone but the enterprise. The discipline commission reads only the appeals behind its referral records, as a department that does not lead them (no contact). */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Appeal"];
                    };
                };
                /** @description invalid input */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description no token, or an unknown or revoked one */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description not this caller’s appeal */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description no such appeal */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description not allowed in the current status (names currentStatus and allowedSteps); or the Idempotency-Key was used with another request */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description the body is over 64 KiB */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description this token has used its writes for now (not the admin’s); Retry-After says when to retry */
                429: {
                    headers: {
                        /** @description seconds to wait before asking again */
                        "Retry-After": number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Postgres or Temporal unreachable; try again shortly (after Retry-After, when the ledger is the one away) */
                503: {
                    headers: {
                        /** @description seconds to wait before asking again */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/appeals/{id}/extension/decision": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Lifecycle step: extension/decision
         * @description Roles: office, admin.
         */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @description Scoped to the token, kept 24 h. The same request again (method, path, body as parsed JSON) takes the step once and answers the first answer; another request with this key is 409. A refused step (4xx) leaves the key free. */
                    "Idempotency-Key"?: string;
                };
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        approve: boolean;
                        note?: string;
                    };
                };
            };
            responses: {
                /** @description the appeal right after the step. The city’s office and the admin read everything, `publication` included (a county’s or park’s office, an office token with a `unit`: only the appeals registered at its window or led by one of its units, others 404, and no `publication`); departments read the appeals they lead or co-handle, the contact (and the `submitter` whole: anyone else sees its `kind` and `organisation`) only as lead; an enterprise reads its own, with the enterprise-facing timeline (steps and answers addressed to it: no return reasons, supervision, progress notes, extension reasons, explanations or referral cause and note; actors by role and unit, never `actor.person`), without `supervision`, with only granted extensions (no reason or note), follow-ups without notes, and no `closureReason` for a referral. `enterpriseFlags` (the register’s flags of its enterprise, issue 18) for everyone but the enterprise. The discipline commission reads only the appeals behind its referral records, as a department that does not lead them (no contact). */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Appeal"];
                    };
                };
                /** @description invalid input */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description no token, or an unknown or revoked one */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description not this caller’s appeal */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description no such appeal */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description not allowed in the current status (names currentStatus and allowedSteps); or the Idempotency-Key was used with another request */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description the body is over 64 KiB */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description this token has used its writes for now (not the admin’s); Retry-After says when to retry */
                429: {
                    headers: {
                        /** @description seconds to wait before asking again */
                        "Retry-After": number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Postgres or Temporal unreachable; try again shortly (after Retry-After, when the ledger is the one away) */
                503: {
                    headers: {
                        /** @description seconds to wait before asking again */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/appeals/{id}/supervision": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Lifecycle step: supervision
         * @description Roles: office, admin.
         */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @description Scoped to the token, kept 24 h. The same request again (method, path, body as parsed JSON) takes the step once and answers the first answer; another request with this key is 409. A refused step (4xx) leaves the key free. */
                    "Idempotency-Key"?: string;
                };
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        reason: string;
                        reportEveryWorkingDays?: number;
                        leaderAssigned?: boolean;
                    };
                };
            };
            responses: {
                /** @description the appeal right after the step. The city’s office and the admin read everything, `publication` included (a county’s or park’s office, an office token with a `unit`: only the appeals registered at its window or led by one of its units, others 404, and no `publication`); departments read the appeals they lead or co-handle, the contact (and the `submitter` whole: anyone else sees its `kind` and `organisation`) only as lead; an enterprise reads its own, with the enterprise-facing timeline (steps and answers addressed to it: no return reasons, supervision, progress notes, extension reasons, explanations or referral cause and note; actors by role and unit, never `actor.person`), without `supervision`, with only granted extensions (no reason or note), follow-ups without notes, and no `closureReason` for a referral. `enterpriseFlags` (the register’s flags of its enterprise, issue 18) for everyone but the enterprise. The discipline commission reads only the appeals behind its referral records, as a department that does not lead them (no contact). */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Appeal"];
                    };
                };
                /** @description invalid input */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description no token, or an unknown or revoked one */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description not this caller’s appeal */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description no such appeal */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description not allowed in the current status (names currentStatus and allowedSteps); or the Idempotency-Key was used with another request */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description the body is over 64 KiB */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description this token has used its writes for now (not the admin’s); Retry-After says when to retry */
                429: {
                    headers: {
                        /** @description seconds to wait before asking again */
                        "Retry-After": number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Postgres or Temporal unreachable; try again shortly (after Retry-After, when the ledger is the one away) */
                503: {
                    headers: {
                        /** @description seconds to wait before asking again */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/appeals/{id}/resolve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Lifecycle step: resolve
         * @description Roles: department.
         */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @description Scoped to the token, kept 24 h. The same request again (method, path, body as parsed JSON) takes the step once and answers the first answer; another request with this key is 409. A refused step (4xx) leaves the key free. */
                    "Idempotency-Key"?: string;
                };
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        summary: string;
                        attachments?: string[];
                    };
                };
            };
            responses: {
                /** @description the appeal right after the step. The city’s office and the admin read everything, `publication` included (a county’s or park’s office, an office token with a `unit`: only the appeals registered at its window or led by one of its units, others 404, and no `publication`); departments read the appeals they lead or co-handle, the contact (and the `submitter` whole: anyone else sees its `kind` and `organisation`) only as lead; an enterprise reads its own, with the enterprise-facing timeline (steps and answers addressed to it: no return reasons, supervision, progress notes, extension reasons, explanations or referral cause and note; actors by role and unit, never `actor.person`), without `supervision`, with only granted extensions (no reason or note), follow-ups without notes, and no `closureReason` for a referral. `enterpriseFlags` (the register’s flags of its enterprise, issue 18) for everyone but the enterprise. The discipline commission reads only the appeals behind its referral records, as a department that does not lead them (no contact). */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Appeal"];
                    };
                };
                /** @description invalid input */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description no token, or an unknown or revoked one */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description not this caller’s appeal */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description no such appeal */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description not allowed in the current status (names currentStatus and allowedSteps); or the Idempotency-Key was used with another request */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description the body is over 64 KiB */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description this token has used its writes for now (not the admin’s); Retry-After says when to retry */
                429: {
                    headers: {
                        /** @description seconds to wait before asking again */
                        "Retry-After": number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Postgres or Temporal unreachable; try again shortly (after Retry-After, when the ledger is the one away) */
                503: {
                    headers: {
                        /** @description seconds to wait before asking again */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/appeals/{id}/answer": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Lifecycle step: answer
         * @description Roles: office, admin.
         */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @description Scoped to the token, kept 24 h. The same request again (method, path, body as parsed JSON) takes the step once and answers the first answer; another request with this key is 409. A refused step (4xx) leaves the key free. */
                    "Idempotency-Key"?: string;
                };
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        text: string;
                        /** @description the policy the answer rests on (政策依据) */
                        basis?: string;
                        attachments?: string[];
                    };
                };
            };
            responses: {
                /** @description the appeal right after the step. The city’s office and the admin read everything, `publication` included (a county’s or park’s office, an office token with a `unit`: only the appeals registered at its window or led by one of its units, others 404, and no `publication`); departments read the appeals they lead or co-handle, the contact (and the `submitter` whole: anyone else sees its `kind` and `organisation`) only as lead; an enterprise reads its own, with the enterprise-facing timeline (steps and answers addressed to it: no return reasons, supervision, progress notes, extension reasons, explanations or referral cause and note; actors by role and unit, never `actor.person`), without `supervision`, with only granted extensions (no reason or note), follow-ups without notes, and no `closureReason` for a referral. `enterpriseFlags` (the register’s flags of its enterprise, issue 18) for everyone but the enterprise. The discipline commission reads only the appeals behind its referral records, as a department that does not lead them (no contact). */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Appeal"];
                    };
                };
                /** @description invalid input */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description no token, or an unknown or revoked one */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description not this caller’s appeal */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description no such appeal */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description not allowed in the current status (names currentStatus and allowedSteps); or the Idempotency-Key was used with another request */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description the body is over 64 KiB */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description this token has used its writes for now (not the admin’s); Retry-After says when to retry */
                429: {
                    headers: {
                        /** @description seconds to wait before asking again */
                        "Retry-After": number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Postgres or Temporal unreachable; try again shortly (after Retry-After, when the ledger is the one away) */
                503: {
                    headers: {
                        /** @description seconds to wait before asking again */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/appeals/{id}/request-material": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Lifecycle step: request-material
         * @description Roles: department.
         */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @description Scoped to the token, kept 24 h. The same request again (method, path, body as parsed JSON) takes the step once and answers the first answer; another request with this key is 409. A refused step (4xx) leaves the key free. */
                    "Idempotency-Key"?: string;
                };
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        what: string;
                        timeLimitDays: number;
                    };
                };
            };
            responses: {
                /** @description the appeal right after the step. The city’s office and the admin read everything, `publication` included (a county’s or park’s office, an office token with a `unit`: only the appeals registered at its window or led by one of its units, others 404, and no `publication`); departments read the appeals they lead or co-handle, the contact (and the `submitter` whole: anyone else sees its `kind` and `organisation`) only as lead; an enterprise reads its own, with the enterprise-facing timeline (steps and answers addressed to it: no return reasons, supervision, progress notes, extension reasons, explanations or referral cause and note; actors by role and unit, never `actor.person`), without `supervision`, with only granted extensions (no reason or note), follow-ups without notes, and no `closureReason` for a referral. `enterpriseFlags` (the register’s flags of its enterprise, issue 18) for everyone but the enterprise. The discipline commission reads only the appeals behind its referral records, as a department that does not lead them (no contact). */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Appeal"];
                    };
                };
                /** @description invalid input */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description no token, or an unknown or revoked one */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description not this caller’s appeal */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description no such appeal */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description not allowed in the current status (names currentStatus and allowedSteps); or the Idempotency-Key was used with another request */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description the body is over 64 KiB */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description this token has used its writes for now (not the admin’s); Retry-After says when to retry */
                429: {
                    headers: {
                        /** @description seconds to wait before asking again */
                        "Retry-After": number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Postgres or Temporal unreachable; try again shortly (after Retry-After, when the ledger is the one away) */
                503: {
                    headers: {
                        /** @description seconds to wait before asking again */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/appeals/{id}/material": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Lifecycle step: material
         * @description Roles: office, department, enterprise, admin.
         */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @description Scoped to the token, kept 24 h. The same request again (method, path, body as parsed JSON) takes the step once and answers the first answer; another request with this key is 409. A refused step (4xx) leaves the key free. */
                    "Idempotency-Key"?: string;
                };
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        text: string;
                        attachments?: string[];
                    };
                };
            };
            responses: {
                /** @description the appeal right after the step. The city’s office and the admin read everything, `publication` included (a county’s or park’s office, an office token with a `unit`: only the appeals registered at its window or led by one of its units, others 404, and no `publication`); departments read the appeals they lead or co-handle, the contact (and the `submitter` whole: anyone else sees its `kind` and `organisation`) only as lead; an enterprise reads its own, with the enterprise-facing timeline (steps and answers addressed to it: no return reasons, supervision, progress notes, extension reasons, explanations or referral cause and note; actors by role and unit, never `actor.person`), without `supervision`, with only granted extensions (no reason or note), follow-ups without notes, and no `closureReason` for a referral. `enterpriseFlags` (the register’s flags of its enterprise, issue 18) for everyone but the enterprise. The discipline commission reads only the appeals behind its referral records, as a department that does not lead them (no contact). */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Appeal"];
                    };
                };
                /** @description invalid input */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description no token, or an unknown or revoked one */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description not this caller’s appeal */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description no such appeal */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description not allowed in the current status (names currentStatus and allowedSteps); or the Idempotency-Key was used with another request */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description the body is over 64 KiB */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description this token has used its writes for now (not the admin’s); Retry-After says when to retry */
                429: {
                    headers: {
                        /** @description seconds to wait before asking again */
                        "Retry-After": number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Postgres or Temporal unreachable; try again shortly (after Retry-After, when the ledger is the one away) */
                503: {
                    headers: {
                        /** @description seconds to wait before asking again */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/appeals/{id}/merge": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Lifecycle step: merge
         * @description Roles: office, admin.
         */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @description Scoped to the token, kept 24 h. The same request again (method, path, body as parsed JSON) takes the step once and answers the first answer; another request with this key is 409. A refused step (4xx) leaves the key free. */
                    "Idempotency-Key"?: string;
                };
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        into: string;
                        reason: string;
                    };
                };
            };
            responses: {
                /** @description the appeal right after the step. The city’s office and the admin read everything, `publication` included (a county’s or park’s office, an office token with a `unit`: only the appeals registered at its window or led by one of its units, others 404, and no `publication`); departments read the appeals they lead or co-handle, the contact (and the `submitter` whole: anyone else sees its `kind` and `organisation`) only as lead; an enterprise reads its own, with the enterprise-facing timeline (steps and answers addressed to it: no return reasons, supervision, progress notes, extension reasons, explanations or referral cause and note; actors by role and unit, never `actor.person`), without `supervision`, with only granted extensions (no reason or note), follow-ups without notes, and no `closureReason` for a referral. `enterpriseFlags` (the register’s flags of its enterprise, issue 18) for everyone but the enterprise. The discipline commission reads only the appeals behind its referral records, as a department that does not lead them (no contact). */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Appeal"];
                    };
                };
                /** @description invalid input */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description no token, or an unknown or revoked one */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description not this caller’s appeal */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description no such appeal */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description not allowed in the current status (names currentStatus and allowedSteps); or the Idempotency-Key was used with another request */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description the body is over 64 KiB */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description this token has used its writes for now (not the admin’s); Retry-After says when to retry */
                429: {
                    headers: {
                        /** @description seconds to wait before asking again */
                        "Retry-After": number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Postgres or Temporal unreachable; try again shortly (after Retry-After, when the ledger is the one away) */
                503: {
                    headers: {
                        /** @description seconds to wait before asking again */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/appeals/{id}/reassign": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Lifecycle step: reassign
         * @description Roles: office, admin.
         */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @description Scoped to the token, kept 24 h. The same request again (method, path, body as parsed JSON) takes the step once and answers the first answer; another request with this key is 409. A refused step (4xx) leaves the key free. */
                    "Idempotency-Key"?: string;
                };
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        lead: string;
                        co?: string[];
                        reason: string;
                    };
                };
            };
            responses: {
                /** @description the appeal right after the step. The city’s office and the admin read everything, `publication` included (a county’s or park’s office, an office token with a `unit`: only the appeals registered at its window or led by one of its units, others 404, and no `publication`); departments read the appeals they lead or co-handle, the contact (and the `submitter` whole: anyone else sees its `kind` and `organisation`) only as lead; an enterprise reads its own, with the enterprise-facing timeline (steps and answers addressed to it: no return reasons, supervision, progress notes, extension reasons, explanations or referral cause and note; actors by role and unit, never `actor.person`), without `supervision`, with only granted extensions (no reason or note), follow-ups without notes, and no `closureReason` for a referral. `enterpriseFlags` (the register’s flags of its enterprise, issue 18) for everyone but the enterprise. The discipline commission reads only the appeals behind its referral records, as a department that does not lead them (no contact). */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Appeal"];
                    };
                };
                /** @description invalid input */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description no token, or an unknown or revoked one */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description not this caller’s appeal */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description no such appeal */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description not allowed in the current status (names currentStatus and allowedSteps); or the Idempotency-Key was used with another request */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description the body is over 64 KiB */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description this token has used its writes for now (not the admin’s); Retry-After says when to retry */
                429: {
                    headers: {
                        /** @description seconds to wait before asking again */
                        "Retry-After": number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Postgres or Temporal unreachable; try again shortly (after Retry-After, when the ledger is the one away) */
                503: {
                    headers: {
                        /** @description seconds to wait before asking again */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/appeals/{id}/rating": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Lifecycle step: rating
         * @description Roles: office, enterprise, admin.
         */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @description Scoped to the token, kept 24 h. The same request again (method, path, body as parsed JSON) takes the step once and answers the first answer; another request with this key is 409. A refused step (4xx) leaves the key free. */
                    "Idempotency-Key"?: string;
                };
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        result: "satisfied" | "basically_satisfied" | "dissatisfied";
                        /** @enum {string} */
                        method: "phone" | "visit" | "online";
                        comment?: string;
                    };
                };
            };
            responses: {
                /** @description the appeal right after the step. The city’s office and the admin read everything, `publication` included (a county’s or park’s office, an office token with a `unit`: only the appeals registered at its window or led by one of its units, others 404, and no `publication`); departments read the appeals they lead or co-handle, the contact (and the `submitter` whole: anyone else sees its `kind` and `organisation`) only as lead; an enterprise reads its own, with the enterprise-facing timeline (steps and answers addressed to it: no return reasons, supervision, progress notes, extension reasons, explanations or referral cause and note; actors by role and unit, never `actor.person`), without `supervision`, with only granted extensions (no reason or note), follow-ups without notes, and no `closureReason` for a referral. `enterpriseFlags` (the register’s flags of its enterprise, issue 18) for everyone but the enterprise. The discipline commission reads only the appeals behind its referral records, as a department that does not lead them (no contact). */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Appeal"];
                    };
                };
                /** @description invalid input */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description no token, or an unknown or revoked one */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description not this caller’s appeal */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description no such appeal */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description not allowed in the current status (names currentStatus and allowedSteps); or the Idempotency-Key was used with another request */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description the body is over 64 KiB */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description this token has used its writes for now (not the admin’s); Retry-After says when to retry */
                429: {
                    headers: {
                        /** @description seconds to wait before asking again */
                        "Retry-After": number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Postgres or Temporal unreachable; try again shortly (after Retry-After, when the ledger is the one away) */
                503: {
                    headers: {
                        /** @description seconds to wait before asking again */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/appeals/{id}/explanation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Lifecycle step: explanation
         * @description Roles: office, department, admin.
         */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @description Scoped to the token, kept 24 h. The same request again (method, path, body as parsed JSON) takes the step once and answers the first answer; another request with this key is 409. A refused step (4xx) leaves the key free. */
                    "Idempotency-Key"?: string;
                };
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        text: string;
                        attachments?: string[];
                    };
                };
            };
            responses: {
                /** @description the appeal right after the step. The city’s office and the admin read everything, `publication` included (a county’s or park’s office, an office token with a `unit`: only the appeals registered at its window or led by one of its units, others 404, and no `publication`); departments read the appeals they lead or co-handle, the contact (and the `submitter` whole: anyone else sees its `kind` and `organisation`) only as lead; an enterprise reads its own, with the enterprise-facing timeline (steps and answers addressed to it: no return reasons, supervision, progress notes, extension reasons, explanations or referral cause and note; actors by role and unit, never `actor.person`), without `supervision`, with only granted extensions (no reason or note), follow-ups without notes, and no `closureReason` for a referral. `enterpriseFlags` (the register’s flags of its enterprise, issue 18) for everyone but the enterprise. The discipline commission reads only the appeals behind its referral records, as a department that does not lead them (no contact). */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Appeal"];
                    };
                };
                /** @description invalid input */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description no token, or an unknown or revoked one */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description not this caller’s appeal */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description no such appeal */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description not allowed in the current status (names currentStatus and allowedSteps); or the Idempotency-Key was used with another request */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description the body is over 64 KiB */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description this token has used its writes for now (not the admin’s); Retry-After says when to retry */
                429: {
                    headers: {
                        /** @description seconds to wait before asking again */
                        "Retry-After": number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Postgres or Temporal unreachable; try again shortly (after Retry-After, when the ledger is the one away) */
                503: {
                    headers: {
                        /** @description seconds to wait before asking again */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/appeals/{id}/referral": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Lifecycle step: referral
         * @description Roles: office, admin.
         */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @description Scoped to the token, kept 24 h. The same request again (method, path, body as parsed JSON) takes the step once and answers the first answer; another request with this key is 409. A refused step (4xx) leaves the key free. */
                    "Idempotency-Key"?: string;
                };
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        cause: "shirking" | "perfunctory" | "delay";
                        note: string;
                    };
                };
            };
            responses: {
                /** @description the appeal right after the step. The city’s office and the admin read everything, `publication` included (a county’s or park’s office, an office token with a `unit`: only the appeals registered at its window or led by one of its units, others 404, and no `publication`); departments read the appeals they lead or co-handle, the contact (and the `submitter` whole: anyone else sees its `kind` and `organisation`) only as lead; an enterprise reads its own, with the enterprise-facing timeline (steps and answers addressed to it: no return reasons, supervision, progress notes, extension reasons, explanations or referral cause and note; actors by role and unit, never `actor.person`), without `supervision`, with only granted extensions (no reason or note), follow-ups without notes, and no `closureReason` for a referral. `enterpriseFlags` (the register’s flags of its enterprise, issue 18) for everyone but the enterprise. The discipline commission reads only the appeals behind its referral records, as a department that does not lead them (no contact). */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Appeal"];
                    };
                };
                /** @description invalid input */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description no token, or an unknown or revoked one */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description not this caller’s appeal */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description no such appeal */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description not allowed in the current status (names currentStatus and allowedSteps); or the Idempotency-Key was used with another request */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description the body is over 64 KiB */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description this token has used its writes for now (not the admin’s); Retry-After says when to retry */
                429: {
                    headers: {
                        /** @description seconds to wait before asking again */
                        "Retry-After": number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Postgres or Temporal unreachable; try again shortly (after Retry-After, when the ledger is the one away) */
                503: {
                    headers: {
                        /** @description seconds to wait before asking again */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/appeals/{id}/close": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Lifecycle step: close
         * @description Roles: office, department, admin.
         */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @description Scoped to the token, kept 24 h. The same request again (method, path, body as parsed JSON) takes the step once and answers the first answer; another request with this key is 409. A refused step (4xx) leaves the key free. */
                    "Idempotency-Key"?: string;
                };
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        reason: string;
                    };
                };
            };
            responses: {
                /** @description the appeal right after the step. The city’s office and the admin read everything, `publication` included (a county’s or park’s office, an office token with a `unit`: only the appeals registered at its window or led by one of its units, others 404, and no `publication`); departments read the appeals they lead or co-handle, the contact (and the `submitter` whole: anyone else sees its `kind` and `organisation`) only as lead; an enterprise reads its own, with the enterprise-facing timeline (steps and answers addressed to it: no return reasons, supervision, progress notes, extension reasons, explanations or referral cause and note; actors by role and unit, never `actor.person`), without `supervision`, with only granted extensions (no reason or note), follow-ups without notes, and no `closureReason` for a referral. `enterpriseFlags` (the register’s flags of its enterprise, issue 18) for everyone but the enterprise. The discipline commission reads only the appeals behind its referral records, as a department that does not lead them (no contact). */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Appeal"];
                    };
                };
                /** @description invalid input */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description no token, or an unknown or revoked one */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description not this caller’s appeal */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description no such appeal */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description not allowed in the current status (names currentStatus and allowedSteps); or the Idempotency-Key was used with another request */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description the body is over 64 KiB */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description this token has used its writes for now (not the admin’s); Retry-After says when to retry */
                429: {
                    headers: {
                        /** @description seconds to wait before asking again */
                        "Retry-After": number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Postgres or Temporal unreachable; try again shortly (after Retry-After, when the ledger is the one away) */
                503: {
                    headers: {
                        /** @description seconds to wait before asking again */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/appeals/{id}/follow-ups": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Lifecycle step: follow-ups
         * @description Roles: office, admin.
         */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @description Scoped to the token, kept 24 h. The same request again (method, path, body as parsed JSON) takes the step once and answers the first answer; another request with this key is 409. A refused step (4xx) leaves the key free. */
                    "Idempotency-Key"?: string;
                };
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        outcome: "stable" | "rebound";
                        note?: string;
                    };
                };
            };
            responses: {
                /** @description the appeal right after the step. The city’s office and the admin read everything, `publication` included (a county’s or park’s office, an office token with a `unit`: only the appeals registered at its window or led by one of its units, others 404, and no `publication`); departments read the appeals they lead or co-handle, the contact (and the `submitter` whole: anyone else sees its `kind` and `organisation`) only as lead; an enterprise reads its own, with the enterprise-facing timeline (steps and answers addressed to it: no return reasons, supervision, progress notes, extension reasons, explanations or referral cause and note; actors by role and unit, never `actor.person`), without `supervision`, with only granted extensions (no reason or note), follow-ups without notes, and no `closureReason` for a referral. `enterpriseFlags` (the register’s flags of its enterprise, issue 18) for everyone but the enterprise. The discipline commission reads only the appeals behind its referral records, as a department that does not lead them (no contact). */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Appeal"];
                    };
                };
                /** @description invalid input */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description no token, or an unknown or revoked one */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description not this caller’s appeal */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description no such appeal */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description not allowed in the current status (names currentStatus and allowedSteps); or the Idempotency-Key was used with another request */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description the body is over 64 KiB */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description this token has used its writes for now (not the admin’s); Retry-After says when to retry */
                429: {
                    headers: {
                        /** @description seconds to wait before asking again */
                        "Retry-After": number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Postgres or Temporal unreachable; try again shortly (after Retry-After, when the ledger is the one away) */
                503: {
                    headers: {
                        /** @description seconds to wait before asking again */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/appeals/{id}/withdraw": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Lifecycle step: withdraw
         * @description Roles: office, enterprise, admin.
         */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @description Scoped to the token, kept 24 h. The same request again (method, path, body as parsed JSON) takes the step once and answers the first answer; another request with this key is 409. A refused step (4xx) leaves the key free. */
                    "Idempotency-Key"?: string;
                };
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        reason: string;
                    };
                };
            };
            responses: {
                /** @description the appeal right after the step. The city’s office and the admin read everything, `publication` included (a county’s or park’s office, an office token with a `unit`: only the appeals registered at its window or led by one of its units, others 404, and no `publication`); departments read the appeals they lead or co-handle, the contact (and the `submitter` whole: anyone else sees its `kind` and `organisation`) only as lead; an enterprise reads its own, with the enterprise-facing timeline (steps and answers addressed to it: no return reasons, supervision, progress notes, extension reasons, explanations or referral cause and note; actors by role and unit, never `actor.person`), without `supervision`, with only granted extensions (no reason or note), follow-ups without notes, and no `closureReason` for a referral. `enterpriseFlags` (the register’s flags of its enterprise, issue 18) for everyone but the enterprise. The discipline commission reads only the appeals behind its referral records, as a department that does not lead them (no contact). */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Appeal"];
                    };
                };
                /** @description invalid input */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description no token, or an unknown or revoked one */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description not this caller’s appeal */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description no such appeal */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description not allowed in the current status (names currentStatus and allowedSteps); or the Idempotency-Key was used with another request */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description the body is over 64 KiB */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description this token has used its writes for now (not the admin’s); Retry-After says when to retry */
                429: {
                    headers: {
                        /** @description seconds to wait before asking again */
                        "Retry-After": number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Postgres or Temporal unreachable; try again shortly (after Retry-After, when the ledger is the one away) */
                503: {
                    headers: {
                        /** @description seconds to wait before asking again */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/appeals/{id}/attachments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The files attached to an appeal, oldest first
         * @description Roles: office, department, enterprise, leader, admin.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description {items: [{id, name, size, contentType, sha256, uploader, uploadedAt, href}]} */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: string;
                                name: string;
                                size: number;
                                contentType: string;
                                sha256: string;
                                uploader: components["schemas"]["Actor"];
                                uploadedAt: components["schemas"]["Instant"];
                                href: string;
                            }[];
                        };
                    };
                };
                /** @description no token, or an unknown or revoked one */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description not an appeal this caller may read */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description no such appeal */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Postgres or Temporal unreachable; try again shortly (after Retry-After, when the ledger is the one away) */
                503: {
                    headers: {
                        /** @description seconds to wait before asking again */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /**
         * Attach a file to an appeal: multipart/form-data, one `file` part of at most 20 MiB; PDF, JPEG, PNG, DOCX or XLSX by its content; at most 50 per appeal
         * @description Roles: office, department, enterprise, leader, admin.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "multipart/form-data": {
                        /** Format: binary */
                        file: string;
                    };
                };
            };
            responses: {
                /** @description the attachment: {id, name, size, contentType, sha256, uploader, uploadedAt, href} */
                201: {
                    headers: {
                        /** @description the path to read what was created or accepted */
                        Location: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            name: string;
                            size: number;
                            contentType: string;
                            sha256: string;
                            uploader: components["schemas"]["Actor"];
                            uploadedAt: components["schemas"]["Instant"];
                            href: string;
                        };
                    };
                };
                /** @description no `file` part, or not multipart/form-data */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description no token, or an unknown or revoked one */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description not an appeal this caller may read */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description no such appeal */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description the appeal has 50 attachments already */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description the file is over 20 MiB */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description the file is not PDF, JPEG, PNG, DOCX or XLSX by its content */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description this token has used its writes for now (not the admin’s); Retry-After says when to retry */
                429: {
                    headers: {
                        /** @description seconds to wait before asking again */
                        "Retry-After": number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Postgres or Temporal unreachable; try again shortly (after Retry-After, when the ledger is the one away) */
                503: {
                    headers: {
                        /** @description seconds to wait before asking again */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/appeals/{id}/attachments/{aid}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One attached file’s bytes, as uploaded
         * @description Roles: office, department, enterprise, leader, admin.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    aid: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description the bytes, with their type as Content-Type, their SHA-256 as ETag and the name in Content-Disposition */
                200: {
                    headers: {
                        /** @description the bytes’ hex SHA-256, quoted */
                        ETag: string;
                        /** @description attachment, with the file’s name (RFC 6266; `filename*` in UTF-8, RFC 5987) */
                        "Content-Disposition": string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/pdf": string;
                        "image/jpeg": string;
                        "image/png": string;
                        "application/vnd.openxmlformats-officedocument.wordprocessingml.document": string;
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    };
                };
                /** @description no token, or an unknown or revoked one */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description not an appeal this caller may read */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description no such appeal, or no such attachment of it */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description the store holding the bytes is unreachable, or not configured in this process */
                503: {
                    headers: {
                        /** @description seconds to wait before asking again */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/departments/{code}/inbox": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Open tasks of a department, soonest deadline first
         * @description Roles: office, department, admin.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    code: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description {items: [{appealId, receiptNumber, title, task, dueAt, meeting}]}: meeting {id, title, status, startsAt} for a meeting’s problem, else null */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                appealId: string;
                                receiptNumber: string;
                                title: string;
                                /** @enum {string} */
                                task: "accept" | "path" | "progress" | "contribution" | "delegate-report" | "resolve" | "explanation" | "material";
                                dueAt: components["schemas"]["Instant"] | null;
                                meeting: {
                                    id: string;
                                    title: string;
                                    /** @enum {string} */
                                    status: "planned" | "announced" | "registration_closed" | "held" | "follow_up" | "reported" | "cancelled";
                                    startsAt: components["schemas"]["Instant"];
                                } | null;
                            }[];
                        };
                    };
                };
                /** @description no token, or an unknown or revoked one */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description another department */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description no such department */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Postgres or Temporal unreachable; try again shortly (after Retry-After, when the ledger is the one away) */
                503: {
                    headers: {
                        /** @description seconds to wait before asking again */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/appeals/{id}/links": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The appeal’s links, made from either appeal, oldest first
         * @description Roles: office, department, admin.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description {items: [link]} */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: string;
                                appealId: string;
                                receiptNumber: string;
                                title: string;
                                status: string;
                                /** @enum {string} */
                                relation: "same_issue" | "related";
                                relationLabel: string;
                                linkedBy: components["schemas"]["Actor"];
                                linkedAt: components["schemas"]["Instant"];
                            }[];
                        };
                    };
                };
                /** @description no token, or an unknown or revoked one */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description a department that does not lead the appeal */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description no such appeal */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Postgres or Temporal unreachable; try again shortly (after Retry-After, when the ledger is the one away) */
                503: {
                    headers: {
                        /** @description seconds to wait before asking again */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /**
         * Link the appeal to another: the same problem raised twice (same_issue) or a related one; either appeal lists the link
         * @description Roles: office, admin.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description the other appeal’s id */
                        to: string;
                        /** @enum {string} */
                        relation: "same_issue" | "related";
                    };
                };
            };
            responses: {
                /** @description the same link made before, from either appeal */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            appealId: string;
                            receiptNumber: string;
                            title: string;
                            status: string;
                            /** @enum {string} */
                            relation: "same_issue" | "related";
                            relationLabel: string;
                            linkedBy: components["schemas"]["Actor"];
                            linkedAt: components["schemas"]["Instant"];
                        };
                    };
                };
                /** @description the link as this appeal sees it: {id, appealId (the other), receiptNumber, title, status, relation, relationLabel, linkedBy, linkedAt} */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            appealId: string;
                            receiptNumber: string;
                            title: string;
                            status: string;
                            /** @enum {string} */
                            relation: "same_issue" | "related";
                            relationLabel: string;
                            linkedBy: components["schemas"]["Actor"];
                            linkedAt: components["schemas"]["Instant"];
                        };
                    };
                };
                /** @description invalid input; `to` is this appeal or no appeal */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description no token, or an unknown or revoked one */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description not allowed for this role */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description no such appeal */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description the body is over 64 KiB */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description this token has used its writes for now (not the admin’s); Retry-After says when to retry */
                429: {
                    headers: {
                        /** @description seconds to wait before asking again */
                        "Retry-After": number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Postgres or Temporal unreachable; try again shortly (after Retry-After, when the ledger is the one away) */
                503: {
                    headers: {
                        /** @description seconds to wait before asking again */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/appeals/{id}/similar": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Likely duplicates: appeals of the same enterprise or category registered within 90 days of it, with similar text, best first
         * @description Roles: office, admin.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description {items: [{id, receiptNumber, title, status, registeredAt, sameEnterprise, score, linked}]} */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: string;
                                receiptNumber: string;
                                title: string;
                                /** @enum {string} */
                                status: "registered" | "assigned" | "in_progress" | "resolved" | "awaiting_material" | "awaiting_explanation" | "awaiting_decision" | "closed" | "withdrawn";
                                registeredAt: components["schemas"]["Instant"];
                                sameEnterprise: boolean;
                                score: number;
                                linked: boolean;
                            }[];
                        };
                    };
                };
                /** @description no token, or an unknown or revoked one */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description not allowed for this role */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description no such appeal */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Postgres or Temporal unreachable; try again shortly (after Retry-After, when the ledger is the one away) */
                503: {
                    headers: {
                        /** @description seconds to wait before asking again */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/enterprises": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The enterprises register, newest first (first seen), with search, filters and cursor paging
         * @description Roles: office, admin.
         */
        get: {
            parameters: {
                query?: {
                    q?: string;
                    unit?: string;
                    industry?: string;
                    flag?: "green_card" | "key_project";
                    limit?: number;
                    cursor?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description {items: [{creditCode, name, formerNames, unit, industry, size, flags, firstSeenAt, updatedAt}], nextCursor}. The office and the admin read every enterprise of the register (a county’s or park’s office: those whose `unit` is in its subtree, others 404, and only their appeals and figures within it); an enterprise reads its own profile without `flags` (another’s is 403 whether it exists or not); departments and leaders do not read the register. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                creditCode: string;
                                name: string;
                                formerNames: string[];
                                unit: string | null;
                                industry: string | null;
                                size: ("large" | "medium" | "small" | "micro") | null;
                                flags?: ("green_card" | "key_project")[];
                                firstSeenAt: components["schemas"]["Instant"];
                                updatedAt: components["schemas"]["Instant"];
                            }[];
                            nextCursor: string | null;
                        };
                    };
                };
                /** @description invalid filter */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description no token, or an unknown or revoked one */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description not allowed for this role */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description no such unit (`unit`), or not one of a county’s office’s own */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Postgres or Temporal unreachable; try again shortly (after Retry-After, when the ledger is the one away) */
                503: {
                    headers: {
                        /** @description seconds to wait before asking again */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/enterprises/{creditCode}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * An enterprise’s profile: the register’s record, its appeals newest first and its own figures
         * @description Roles: office, enterprise, admin.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    creditCode: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description {creditCode, name, formerNames, unit, industry, size, flags, firstSeenAt, updatedAt, appeals: [{id, receiptNumber, title, status, kind, registeredAt}], figures: {...figures}}. The office and the admin read every enterprise of the register (a county’s or park’s office: those whose `unit` is in its subtree, others 404, and only their appeals and figures within it); an enterprise reads its own profile without `flags` (another’s is 403 whether it exists or not); departments and leaders do not read the register. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            creditCode: string;
                            name: string;
                            formerNames: string[];
                            unit: string | null;
                            industry: string | null;
                            size: ("large" | "medium" | "small" | "micro") | null;
                            flags?: ("green_card" | "key_project")[];
                            firstSeenAt: components["schemas"]["Instant"];
                            updatedAt: components["schemas"]["Instant"];
                            appeals: {
                                id: string;
                                receiptNumber: string;
                                title: string;
                                /** @enum {string} */
                                status: "registered" | "assigned" | "in_progress" | "resolved" | "awaiting_material" | "awaiting_explanation" | "awaiting_decision" | "closed" | "withdrawn";
                                /** @enum {string} */
                                kind: "problem" | "consultation" | "suggestion";
                                registeredAt: components["schemas"]["Instant"];
                            }[];
                            figures: components["schemas"]["Figures"];
                        };
                    };
                };
                /** @description no token, or an unknown or revoked one */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description another enterprise */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description not in the register (or outside a county’s office’s subtree) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Postgres or Temporal unreachable; try again shortly (after Retry-After, when the ledger is the one away) */
                503: {
                    headers: {
                        /** @description seconds to wait before asking again */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        /**
         * Correct an enterprise of the register: name (the old one is kept as a former name), unit, industry, size, flags
         * @description Roles: office, admin.
         */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    creditCode: string;
                };
                cookie?: never;
            };
            requestBody?: {
                content: {
                    "application/json": {
                        name?: string;
                        /** @description the county or park the enterprise belongs to */
                        unit?: string | null;
                        industry?: string | null;
                        size?: ("large" | "medium" | "small" | "micro") | null;
                        flags?: ("green_card" | "key_project")[];
                    };
                };
            };
            responses: {
                /** @description the enterprise: {creditCode, name, formerNames, unit, industry, size, flags, firstSeenAt, updatedAt}. The office and the admin read every enterprise of the register (a county’s or park’s office: those whose `unit` is in its subtree, others 404, and only their appeals and figures within it); an enterprise reads its own profile without `flags` (another’s is 403 whether it exists or not); departments and leaders do not read the register. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            creditCode: string;
                            name: string;
                            formerNames: string[];
                            unit: string | null;
                            industry: string | null;
                            size: ("large" | "medium" | "small" | "micro") | null;
                            flags?: ("green_card" | "key_project")[];
                            firstSeenAt: components["schemas"]["Instant"];
                            updatedAt: components["schemas"]["Instant"];
                        };
                    };
                };
                /** @description invalid input; `unit` is no county or park */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description no token, or an unknown or revoked one */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description not allowed for this role */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description not in the register */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description the body is over 64 KiB */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description this token has used its writes for now (not the admin’s); Retry-After says when to retry */
                429: {
                    headers: {
                        /** @description seconds to wait before asking again */
                        "Retry-After": number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Postgres or Temporal unreachable; try again shortly (after Retry-After, when the ledger is the one away) */
                503: {
                    headers: {
                        /** @description seconds to wait before asking again */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/notifications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Notifications (of appeals, meetings, accountability records, assessment periods and surveys) with their delivery attempts, newest first (a department sees its own)
         * @description Roles: office, department, admin.
         */
        get: {
            parameters: {
                query?: {
                    appeal?: string;
                    meeting?: string;
                    department?: string;
                    status?: "pending" | "delivered" | "failed";
                    limit?: number;
                    cursor?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description {items, nextCursor} */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: string;
                                appealId: string | null;
                                meetingId: string | null;
                                accountabilityId: string | null;
                                assessmentPeriod: string | null;
                                surveyId: string | null;
                                kind: string;
                                link: string | null;
                                recipient: string;
                                /** @enum {string} */
                                status: "pending" | "delivered" | "failed";
                                channel: string | null;
                                deadline: components["schemas"]["Instant"] | null;
                                createdAt: components["schemas"]["Instant"];
                                deliveredAt: components["schemas"]["Instant"] | null;
                                failure: string | null;
                                message: string | null;
                                address: {
                                    phone: string;
                                    wechatOpenId?: string;
                                } | null;
                                attempts: {
                                    attempt: number;
                                    at: components["schemas"]["Instant"];
                                    target: string;
                                    statusCode: number | null;
                                    latencyMs: number;
                                    error: string | null;
                                    /** @enum {string} */
                                    outcome: "delivered" | "retry" | "failed";
                                }[];
                            }[];
                            nextCursor: string | null;
                        };
                    };
                };
                /** @description invalid filter */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description no token, or an unknown or revoked one */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description not allowed for this role */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Postgres or Temporal unreachable; try again shortly (after Retry-After, when the ledger is the one away) */
                503: {
                    headers: {
                        /** @description seconds to wait before asking again */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/notifications/{id}/redeliver": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Deliver a notification again: a failed one, or a pending one whose delivery is no longer running (it failed, was terminated or timed out, or never started)
         * @description Roles: office, admin.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description a new delivery started, its attempts numbered on from those on the ledger */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            /** @constant */
                            status: "pending";
                            firstAttempt: number;
                        };
                    };
                };
                /** @description no token, or an unknown or revoked one */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description not allowed for this role */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description no such notification */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description delivered already, or pending with its delivery still running (that one retries by itself until delivered or failed) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description this token has used its writes for now (not the admin’s); Retry-After says when to retry */
                429: {
                    headers: {
                        /** @description seconds to wait before asking again */
                        "Retry-After": number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Postgres or Temporal unreachable; try again shortly (after Retry-After, when the ledger is the one away) */
                503: {
                    headers: {
                        /** @description seconds to wait before asking again */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/message-templates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Every message template, with an example rendering and its SMS segments
         * @description Roles: office, admin.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description {items} */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                kind: string;
                                label: string;
                                text: string;
                                maxSegments: number;
                                placeholders: {
                                    name: string;
                                    label: string;
                                }[];
                                isDefault: boolean;
                                defaultText: string;
                                updatedAt?: components["schemas"]["Instant"];
                                updatedBy?: string;
                                example: {
                                    text: string;
                                    characters: number;
                                    segments: number;
                                };
                            }[];
                        };
                    };
                };
                /** @description no token, or an unknown or revoked one */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description not allowed for this role */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Postgres or Temporal unreachable; try again shortly (after Retry-After, when the ledger is the one away) */
                503: {
                    headers: {
                        /** @description seconds to wait before asking again */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/message-templates/{kind}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One message template
         * @description Roles: office, admin.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    kind: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description the template */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            kind: string;
                            label: string;
                            text: string;
                            maxSegments: number;
                            placeholders: {
                                name: string;
                                label: string;
                            }[];
                            isDefault: boolean;
                            defaultText: string;
                            updatedAt?: components["schemas"]["Instant"];
                            updatedBy?: string;
                            example: {
                                text: string;
                                characters: number;
                                segments: number;
                            };
                        };
                    };
                };
                /** @description no token, or an unknown or revoked one */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description not allowed for this role */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description no such kind */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Postgres or Temporal unreachable; try again shortly (after Retry-After, when the ledger is the one away) */
                503: {
                    headers: {
                        /** @description seconds to wait before asking again */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        /**
         * Replace a message template; messages written from then on use it
         * @description Roles: admin.
         */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    kind: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        text: string;
                        /** @description SMS segments a message may take (70 characters for one, 67 each when longer); answers and titles are shortened to fit */
                        maxSegments?: number;
                    };
                };
            };
            responses: {
                /** @description the template */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            kind: string;
                            label: string;
                            text: string;
                            maxSegments: number;
                            placeholders: {
                                name: string;
                                label: string;
                            }[];
                            isDefault: boolean;
                            defaultText: string;
                            updatedAt?: components["schemas"]["Instant"];
                            updatedBy?: string;
                            example: {
                                text: string;
                                characters: number;
                                segments: number;
                            };
                        };
                    };
                };
                /** @description invalid input: an unknown {value}, the receipt number (or code) missing, or more SMS segments than allowed even with the answer and title shortened */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description no token, or an unknown or revoked one */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description not allowed for this role */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description no such kind */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description the body is over 64 KiB */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Postgres or Temporal unreachable; try again shortly (after Retry-After, when the ledger is the one away) */
                503: {
                    headers: {
                        /** @description seconds to wait before asking again */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/stats": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Figures of the appeals registered in a period, grouped by lead department, channel, category or unit of a level (rolled up), within a unit’s subtree if asked
         * @description Roles: office, admin.
         */
        get: {
            parameters: {
                query?: {
                    from?: string & (unknown & unknown);
                    to?: string & (unknown & unknown);
                    groupBy?: "department" | "channel" | "category" | "submitterKind" | "kind" | "unit";
                    kind?: "problem" | "consultation" | "suggestion";
                    level?: "city_department" | "county" | "park" | "county_department" | "town";
                    unit?: string;
                    lang?: "en" | "zh";
                    bom?: "true" | "false";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description {from, to, groupBy, level?, unit?, groups: [{key, label, ...figures}], total} (JSON, or CSV with Accept: text/csv) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            from: components["schemas"]["Date"] | null;
                            to: components["schemas"]["Date"] | null;
                            groupBy: string;
                            level?: string;
                            unit?: string;
                            kind?: string;
                            groups: components["schemas"]["FiguresRow"][];
                            total: components["schemas"]["Figures"];
                        };
                        "text/csv": string;
                    };
                };
                /** @description invalid query */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description no token, or an unknown or revoked one */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description not allowed for this role */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description no such unit, or not one of a county’s office’s own */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Postgres or Temporal unreachable; try again shortly (after Retry-After, when the ledger is the one away) */
                503: {
                    headers: {
                        /** @description seconds to wait before asking again */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/stats/departments/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A department’s scorecard: the figures of the appeals it leads, by category or channel, and its rank
         * @description Roles: office, admin.
         */
        get: {
            parameters: {
                query?: {
                    from?: string & (unknown & unknown);
                    to?: string & (unknown & unknown);
                    groupBy?: "category" | "channel";
                    lang?: "en" | "zh";
                    bom?: "true" | "false";
                };
                header?: never;
                path: {
                    code: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description {department, name, from, to, groupBy, rank, groups, total} (JSON, or CSV with Accept: text/csv) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            from: components["schemas"]["Date"] | null;
                            to: components["schemas"]["Date"] | null;
                            department: string;
                            name: string;
                            groupBy: string;
                            rank: {
                                position: number;
                                of: number;
                            } | null;
                            groups: components["schemas"]["FiguresRow"][];
                            total: components["schemas"]["Figures"];
                        };
                        "text/csv": string;
                    };
                };
                /** @description invalid query */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description no token, or an unknown or revoked one */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description not allowed for this role */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description no such department */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Postgres or Temporal unreachable; try again shortly (after Retry-After, when the ledger is the one away) */
                503: {
                    headers: {
                        /** @description seconds to wait before asking again */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/stats/ranking": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Departments, or the units of one level with their subtrees, ranked for the praise and criticism lists (好差评): on-time rate, satisfaction rate, overdue count
         * @description Roles: office, admin.
         */
        get: {
            parameters: {
                query?: {
                    from?: string & (unknown & unknown);
                    to?: string & (unknown & unknown);
                    top?: number;
                    level?: "city_department" | "county" | "park" | "county_department" | "town";
                    unit?: string;
                    lang?: "en" | "zh";
                    bom?: "true" | "false";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description {from, to, top, level?, items: [{rank, key, label, ...figures}], praise: [code], criticism: [code]} (JSON, or CSV with Accept: text/csv) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            from: components["schemas"]["Date"] | null;
                            to: components["schemas"]["Date"] | null;
                            top: number;
                            level?: string;
                            items: {
                                received: number;
                                enterprises: number;
                                resolved: number;
                                closed: number;
                                satisfied: number;
                                closed_by_office: number;
                                referred: number;
                                unrated: number;
                                withdrawn: number;
                                open: number;
                                overdue: number;
                                onTime: number;
                                late: number;
                                secondAssignments: number;
                                referrals: number;
                                rebounds: number;
                                followUpsDone: number;
                                followUpsMissed: number;
                                solved: number;
                                rated: number;
                                ratings: number;
                                favourableRatings: number;
                                instructed: number;
                                answeredOnTheSpot: number;
                                merged: number;
                                noMaterial: number;
                                solveRate: number | null;
                                onTimeRate: number | null;
                                satisfactionRate: number | null;
                                returnVisitRate: number | null;
                                key: string;
                                label: string;
                                rank: number;
                            }[];
                            praise: string[];
                            criticism: string[];
                        };
                        "text/csv": string;
                    };
                };
                /** @description invalid query */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description no token, or an unknown or revoked one */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description not allowed for this role */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description no such unit, or not one of a county’s office’s own */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Postgres or Temporal unreachable; try again shortly (after Retry-After, when the ledger is the one away) */
                503: {
                    headers: {
                        /** @description seconds to wait before asking again */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/reports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The monthly assessment snapshots, newest first, each with its total
         * @description Roles: office, admin.
         */
        get: {
            parameters: {
                query?: {
                    lang?: "en" | "zh";
                    bom?: "true" | "false";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description {items: [{period, from, to, computedAt, total}]} (JSON, or CSV with Accept: text/csv) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                period: string;
                                from: components["schemas"]["Date"];
                                to: components["schemas"]["Date"];
                                computedAt: components["schemas"]["Instant"];
                                total: components["schemas"]["Figures"];
                            }[];
                        };
                        "text/csv": string;
                    };
                };
                /** @description invalid query */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description no token, or an unknown or revoked one */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description not allowed for this role */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Postgres or Temporal unreachable; try again shortly (after Retry-After, when the ledger is the one away) */
                503: {
                    headers: {
                        /** @description seconds to wait before asking again */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/reports/{period}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One monthly snapshot (period YYYY-MM): totals, breakdowns and ranking as computed that day
         * @description Roles: office, admin.
         */
        get: {
            parameters: {
                query?: {
                    lang?: "en" | "zh";
                    bom?: "true" | "false";
                };
                header?: never;
                path: {
                    period: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description {period, from, to, computedAt, timezone, total, byDepartment, byChannel, byCategory, ranking} (JSON, or CSV with Accept: text/csv) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            period: string;
                            from: components["schemas"]["Date"];
                            to: components["schemas"]["Date"];
                            computedAt: components["schemas"]["Instant"];
                            total: components["schemas"]["Figures"];
                            timezone: string;
                            counting?: {
                                [key: string]: unknown;
                            };
                            byDepartment: components["schemas"]["FiguresRow"][];
                            byChannel: components["schemas"]["FiguresRow"][];
                            byCategory: components["schemas"]["FiguresRow"][];
                            ranking: {
                                received: number;
                                enterprises: number;
                                resolved: number;
                                closed: number;
                                satisfied: number;
                                closed_by_office: number;
                                referred: number;
                                unrated: number;
                                withdrawn: number;
                                open: number;
                                overdue: number;
                                onTime: number;
                                late: number;
                                secondAssignments: number;
                                referrals: number;
                                rebounds: number;
                                followUpsDone: number;
                                followUpsMissed: number;
                                solved: number;
                                rated: number;
                                ratings: number;
                                favourableRatings: number;
                                instructed: number;
                                answeredOnTheSpot: number;
                                merged: number;
                                noMaterial: number;
                                solveRate: number | null;
                                onTimeRate: number | null;
                                satisfactionRate: number | null;
                                returnVisitRate: number | null;
                                key: string;
                                label: string;
                                rank: number;
                            }[];
                        };
                        "text/csv": string;
                    };
                };
                /** @description invalid query */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description no token, or an unknown or revoked one */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description not allowed for this role */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description no snapshot of that period */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Postgres or Temporal unreachable; try again shortly (after Retry-After, when the ledger is the one away) */
                503: {
                    headers: {
                        /** @description seconds to wait before asking again */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/assessment/model": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The scoring model: weighted rates with thresholds, capped deductions and vetoes, per unit level
         * @description Roles: office, admin.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description the model */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description what a score of 100 is worth in the annual target assessment (单列2分: 2) */
                            worth: number;
                            /** @description the scale of departments, and of any level without its own */
                            department: {
                                rates: {
                                    /** @enum {string} */
                                    figure: "solveRate" | "onTimeRate" | "satisfactionRate" | "returnVisitRate" | "surveyScore";
                                    /** @description the points the rate earns at fullAt */
                                    weight: number;
                                    /**
                                     * @description the rate (percent) at or above which it earns its whole weight
                                     * @default 100
                                     */
                                    fullAt: number;
                                    /**
                                     * @description the rate (percent) at or below which it earns nothing
                                     * @default 0
                                     */
                                    zeroAt: number;
                                }[];
                                /** @default [] */
                                deductions: {
                                    /** @enum {string} */
                                    figure: "received" | "enterprises" | "resolved" | "closed" | "satisfied" | "closed_by_office" | "referred" | "unrated" | "withdrawn" | "open" | "overdue" | "onTime" | "late" | "secondAssignments" | "referrals" | "rebounds" | "followUpsDone" | "followUpsMissed" | "solved" | "rated" | "ratings" | "favourableRatings" | "instructed" | "answeredOnTheSpot" | "merged" | "noMaterial" | "missedMeetings";
                                    /** @description points off for each one */
                                    each: number;
                                    /** @description the most this deduction takes off */
                                    cap: number;
                                }[];
                                /** @default [] */
                                vetoes: {
                                    /** @enum {string} */
                                    figure: "received" | "enterprises" | "resolved" | "closed" | "satisfied" | "closed_by_office" | "referred" | "unrated" | "withdrawn" | "open" | "overdue" | "onTime" | "late" | "secondAssignments" | "referrals" | "rebounds" | "followUpsDone" | "followUpsMissed" | "solved" | "rated" | "ratings" | "favourableRatings" | "instructed" | "answeredOnTheSpot" | "merged" | "noMaterial" | "missedMeetings";
                                    atLeast: number;
                                    /** @description what the circular says, e.g. 发生转报纪委监委事项 */
                                    reason: string;
                                }[];
                            };
                            /**
                             * @description a scale for the units of a level (county, park…) rolled up
                             * @default {}
                             */
                            byLevel: {
                                [key: string]: {
                                    rates: {
                                        /** @enum {string} */
                                        figure: "solveRate" | "onTimeRate" | "satisfactionRate" | "returnVisitRate" | "surveyScore";
                                        /** @description the points the rate earns at fullAt */
                                        weight: number;
                                        /**
                                         * @description the rate (percent) at or above which it earns its whole weight
                                         * @default 100
                                         */
                                        fullAt: number;
                                        /**
                                         * @description the rate (percent) at or below which it earns nothing
                                         * @default 0
                                         */
                                        zeroAt: number;
                                    }[];
                                    /** @default [] */
                                    deductions: {
                                        /** @enum {string} */
                                        figure: "received" | "enterprises" | "resolved" | "closed" | "satisfied" | "closed_by_office" | "referred" | "unrated" | "withdrawn" | "open" | "overdue" | "onTime" | "late" | "secondAssignments" | "referrals" | "rebounds" | "followUpsDone" | "followUpsMissed" | "solved" | "rated" | "ratings" | "favourableRatings" | "instructed" | "answeredOnTheSpot" | "merged" | "noMaterial" | "missedMeetings";
                                        /** @description points off for each one */
                                        each: number;
                                        /** @description the most this deduction takes off */
                                        cap: number;
                                    }[];
                                    /** @default [] */
                                    vetoes: {
                                        /** @enum {string} */
                                        figure: "received" | "enterprises" | "resolved" | "closed" | "satisfied" | "closed_by_office" | "referred" | "unrated" | "withdrawn" | "open" | "overdue" | "onTime" | "late" | "secondAssignments" | "referrals" | "rebounds" | "followUpsDone" | "followUpsMissed" | "solved" | "rated" | "ratings" | "favourableRatings" | "instructed" | "answeredOnTheSpot" | "merged" | "noMaterial" | "missedMeetings";
                                        atLeast: number;
                                        /** @description what the circular says, e.g. 发生转报纪委监委事项 */
                                        reason: string;
                                    }[];
                                };
                            };
                            /**
                             * @description the meetings units must hold; a duty missed counts as missedMeetings
                             * @default []
                             */
                            meetingDuties: {
                                /** @description the unit that must hold it (its lead department) */
                                unit: string;
                                /** @enum {string} */
                                kind: "symposium" | "consultation_meeting" | "coordination";
                                /**
                                 * @description only meetings of this sector count (a meeting’s sector as planned)
                                 * @default null
                                 */
                                sector: string | null;
                                /** @enum {string} */
                                every: "month" | "quarter" | "year";
                                /** @default 1 */
                                atLeast: number;
                            }[];
                        };
                    };
                };
                /** @description no token, or an unknown or revoked one */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description not allowed for this role */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Postgres or Temporal unreachable; try again shortly (after Retry-After, when the ledger is the one away) */
                503: {
                    headers: {
                        /** @description seconds to wait before asking again */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        /**
         * Replace the scoring model (applies to every assessment read afterwards)
         * @description Roles: admin.
         */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description what a score of 100 is worth in the annual target assessment (单列2分: 2) */
                        worth: number;
                        /** @description the scale of departments, and of any level without its own */
                        department: {
                            rates: {
                                /** @enum {string} */
                                figure: "solveRate" | "onTimeRate" | "satisfactionRate" | "returnVisitRate" | "surveyScore";
                                /** @description the points the rate earns at fullAt */
                                weight: number;
                                /**
                                 * @description the rate (percent) at or above which it earns its whole weight
                                 * @default 100
                                 */
                                fullAt?: number;
                                /**
                                 * @description the rate (percent) at or below which it earns nothing
                                 * @default 0
                                 */
                                zeroAt?: number;
                            }[];
                            /** @default [] */
                            deductions?: {
                                /** @enum {string} */
                                figure: "received" | "enterprises" | "resolved" | "closed" | "satisfied" | "closed_by_office" | "referred" | "unrated" | "withdrawn" | "open" | "overdue" | "onTime" | "late" | "secondAssignments" | "referrals" | "rebounds" | "followUpsDone" | "followUpsMissed" | "solved" | "rated" | "ratings" | "favourableRatings" | "instructed" | "answeredOnTheSpot" | "merged" | "noMaterial" | "missedMeetings";
                                /** @description points off for each one */
                                each: number;
                                /** @description the most this deduction takes off */
                                cap: number;
                            }[];
                            /** @default [] */
                            vetoes?: {
                                /** @enum {string} */
                                figure: "received" | "enterprises" | "resolved" | "closed" | "satisfied" | "closed_by_office" | "referred" | "unrated" | "withdrawn" | "open" | "overdue" | "onTime" | "late" | "secondAssignments" | "referrals" | "rebounds" | "followUpsDone" | "followUpsMissed" | "solved" | "rated" | "ratings" | "favourableRatings" | "instructed" | "answeredOnTheSpot" | "merged" | "noMaterial" | "missedMeetings";
                                atLeast: number;
                                /** @description what the circular says, e.g. 发生转报纪委监委事项 */
                                reason: string;
                            }[];
                        };
                        /**
                         * @description a scale for the units of a level (county, park…) rolled up
                         * @default {}
                         */
                        byLevel?: {
                            [key: string]: {
                                rates: {
                                    /** @enum {string} */
                                    figure: "solveRate" | "onTimeRate" | "satisfactionRate" | "returnVisitRate" | "surveyScore";
                                    /** @description the points the rate earns at fullAt */
                                    weight: number;
                                    /**
                                     * @description the rate (percent) at or above which it earns its whole weight
                                     * @default 100
                                     */
                                    fullAt?: number;
                                    /**
                                     * @description the rate (percent) at or below which it earns nothing
                                     * @default 0
                                     */
                                    zeroAt?: number;
                                }[];
                                /** @default [] */
                                deductions?: {
                                    /** @enum {string} */
                                    figure: "received" | "enterprises" | "resolved" | "closed" | "satisfied" | "closed_by_office" | "referred" | "unrated" | "withdrawn" | "open" | "overdue" | "onTime" | "late" | "secondAssignments" | "referrals" | "rebounds" | "followUpsDone" | "followUpsMissed" | "solved" | "rated" | "ratings" | "favourableRatings" | "instructed" | "answeredOnTheSpot" | "merged" | "noMaterial" | "missedMeetings";
                                    /** @description points off for each one */
                                    each: number;
                                    /** @description the most this deduction takes off */
                                    cap: number;
                                }[];
                                /** @default [] */
                                vetoes?: {
                                    /** @enum {string} */
                                    figure: "received" | "enterprises" | "resolved" | "closed" | "satisfied" | "closed_by_office" | "referred" | "unrated" | "withdrawn" | "open" | "overdue" | "onTime" | "late" | "secondAssignments" | "referrals" | "rebounds" | "followUpsDone" | "followUpsMissed" | "solved" | "rated" | "ratings" | "favourableRatings" | "instructed" | "answeredOnTheSpot" | "merged" | "noMaterial" | "missedMeetings";
                                    atLeast: number;
                                    /** @description what the circular says, e.g. 发生转报纪委监委事项 */
                                    reason: string;
                                }[];
                            };
                        };
                        /**
                         * @description the meetings units must hold; a duty missed counts as missedMeetings
                         * @default []
                         */
                        meetingDuties?: {
                            /** @description the unit that must hold it (its lead department) */
                            unit: string;
                            /** @enum {string} */
                            kind: "symposium" | "consultation_meeting" | "coordination";
                            /**
                             * @description only meetings of this sector count (a meeting’s sector as planned)
                             * @default null
                             */
                            sector?: string | null;
                            /** @enum {string} */
                            every: "month" | "quarter" | "year";
                            /** @default 1 */
                            atLeast?: number;
                        }[];
                    };
                };
            };
            responses: {
                /** @description the model */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description what a score of 100 is worth in the annual target assessment (单列2分: 2) */
                            worth: number;
                            /** @description the scale of departments, and of any level without its own */
                            department: {
                                rates: {
                                    /** @enum {string} */
                                    figure: "solveRate" | "onTimeRate" | "satisfactionRate" | "returnVisitRate" | "surveyScore";
                                    /** @description the points the rate earns at fullAt */
                                    weight: number;
                                    /**
                                     * @description the rate (percent) at or above which it earns its whole weight
                                     * @default 100
                                     */
                                    fullAt: number;
                                    /**
                                     * @description the rate (percent) at or below which it earns nothing
                                     * @default 0
                                     */
                                    zeroAt: number;
                                }[];
                                /** @default [] */
                                deductions: {
                                    /** @enum {string} */
                                    figure: "received" | "enterprises" | "resolved" | "closed" | "satisfied" | "closed_by_office" | "referred" | "unrated" | "withdrawn" | "open" | "overdue" | "onTime" | "late" | "secondAssignments" | "referrals" | "rebounds" | "followUpsDone" | "followUpsMissed" | "solved" | "rated" | "ratings" | "favourableRatings" | "instructed" | "answeredOnTheSpot" | "merged" | "noMaterial" | "missedMeetings";
                                    /** @description points off for each one */
                                    each: number;
                                    /** @description the most this deduction takes off */
                                    cap: number;
                                }[];
                                /** @default [] */
                                vetoes: {
                                    /** @enum {string} */
                                    figure: "received" | "enterprises" | "resolved" | "closed" | "satisfied" | "closed_by_office" | "referred" | "unrated" | "withdrawn" | "open" | "overdue" | "onTime" | "late" | "secondAssignments" | "referrals" | "rebounds" | "followUpsDone" | "followUpsMissed" | "solved" | "rated" | "ratings" | "favourableRatings" | "instructed" | "answeredOnTheSpot" | "merged" | "noMaterial" | "missedMeetings";
                                    atLeast: number;
                                    /** @description what the circular says, e.g. 发生转报纪委监委事项 */
                                    reason: string;
                                }[];
                            };
                            /**
                             * @description a scale for the units of a level (county, park…) rolled up
                             * @default {}
                             */
                            byLevel: {
                                [key: string]: {
                                    rates: {
                                        /** @enum {string} */
                                        figure: "solveRate" | "onTimeRate" | "satisfactionRate" | "returnVisitRate" | "surveyScore";
                                        /** @description the points the rate earns at fullAt */
                                        weight: number;
                                        /**
                                         * @description the rate (percent) at or above which it earns its whole weight
                                         * @default 100
                                         */
                                        fullAt: number;
                                        /**
                                         * @description the rate (percent) at or below which it earns nothing
                                         * @default 0
                                         */
                                        zeroAt: number;
                                    }[];
                                    /** @default [] */
                                    deductions: {
                                        /** @enum {string} */
                                        figure: "received" | "enterprises" | "resolved" | "closed" | "satisfied" | "closed_by_office" | "referred" | "unrated" | "withdrawn" | "open" | "overdue" | "onTime" | "late" | "secondAssignments" | "referrals" | "rebounds" | "followUpsDone" | "followUpsMissed" | "solved" | "rated" | "ratings" | "favourableRatings" | "instructed" | "answeredOnTheSpot" | "merged" | "noMaterial" | "missedMeetings";
                                        /** @description points off for each one */
                                        each: number;
                                        /** @description the most this deduction takes off */
                                        cap: number;
                                    }[];
                                    /** @default [] */
                                    vetoes: {
                                        /** @enum {string} */
                                        figure: "received" | "enterprises" | "resolved" | "closed" | "satisfied" | "closed_by_office" | "referred" | "unrated" | "withdrawn" | "open" | "overdue" | "onTime" | "late" | "secondAssignments" | "referrals" | "rebounds" | "followUpsDone" | "followUpsMissed" | "solved" | "rated" | "ratings" | "favourableRatings" | "instructed" | "answeredOnTheSpot" | "merged" | "noMaterial" | "missedMeetings";
                                        atLeast: number;
                                        /** @description what the circular says, e.g. 发生转报纪委监委事项 */
                                        reason: string;
                                    }[];
                                };
                            };
                            /**
                             * @description the meetings units must hold; a duty missed counts as missedMeetings
                             * @default []
                             */
                            meetingDuties: {
                                /** @description the unit that must hold it (its lead department) */
                                unit: string;
                                /** @enum {string} */
                                kind: "symposium" | "consultation_meeting" | "coordination";
                                /**
                                 * @description only meetings of this sector count (a meeting’s sector as planned)
                                 * @default null
                                 */
                                sector: string | null;
                                /** @enum {string} */
                                every: "month" | "quarter" | "year";
                                /** @default 1 */
                                atLeast: number;
                            }[];
                        };
                    };
                };
                /** @description invalid model */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description no token, or an unknown or revoked one */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description not allowed for this role */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description the body is over 64 KiB */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Postgres or Temporal unreachable; try again shortly (after Retry-After, when the ledger is the one away) */
                503: {
                    headers: {
                        /** @description seconds to wait before asking again */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/assessment/duties": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The meetings units must hold (the model’s meetingDuties), met, missed or pending in each stretch of a period
         * @description Roles: office, admin.
         */
        get: {
            parameters: {
                query: {
                    period: string;
                    lang?: "en" | "zh";
                    bom?: "true" | "false";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description {period, from, to, duties: [{unit, label, kind, sector, every, atLeast, missed, stretches: [{period, from, to, held, status}]}]} (JSON, or CSV: a row per duty and stretch) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            period: string;
                            from: components["schemas"]["Date"];
                            to: components["schemas"]["Date"];
                            duties: {
                                /** @description the unit that must hold it (its lead department) */
                                unit: string;
                                /** @enum {string} */
                                kind: "symposium" | "consultation_meeting" | "coordination";
                                /**
                                 * @description only meetings of this sector count (a meeting’s sector as planned)
                                 * @default null
                                 */
                                sector: string | null;
                                /** @enum {string} */
                                every: "month" | "quarter" | "year";
                                /** @default 1 */
                                atLeast: number;
                                label: string;
                                missed: number;
                                stretches: {
                                    period: string;
                                    from: components["schemas"]["Date"];
                                    to: components["schemas"]["Date"];
                                    held: number;
                                    /** @enum {string} */
                                    status: "met" | "missed" | "pending";
                                }[];
                            }[];
                        };
                        "text/csv": string;
                    };
                };
                /** @description invalid query */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description no token, or an unknown or revoked one */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description not allowed for this role */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Postgres or Temporal unreachable; try again shortly (after Retry-After, when the ledger is the one away) */
                503: {
                    headers: {
                        /** @description seconds to wait before asking again */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/assessment": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Each department’s (or each unit’s of a level) score, breakdown and rank for a month, quarter or year, by the scoring model
         * @description Roles: office, admin.
         */
        get: {
            parameters: {
                query: {
                    period: string;
                    level?: "city_department" | "county" | "park" | "county_department" | "town";
                    lang?: "en" | "zh";
                    bom?: "true" | "false";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description {period, from, to, level?, worth, counting, items: [{rank, key, label, score, points, rates, deductions, vetoes, figures}]} (JSON, or CSV with Accept: text/csv) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            period: string;
                            from: components["schemas"]["Date"];
                            to: components["schemas"]["Date"];
                            level?: string;
                            worth: number;
                            /**
                             * @default {
                             *       "unratedCountsAsSolved": false,
                             *       "rounding": 0.1
                             *     }
                             */
                            counting: {
                                unratedCountsAsSolved: boolean;
                                rounding: 0.1 | 1;
                            };
                            items: {
                                rank: number;
                                key: string;
                                label: string;
                                score: number;
                                points: number;
                                rates: {
                                    figure: string;
                                    label: string;
                                    value: number | null;
                                    weight: number;
                                    points: number | null;
                                }[];
                                deductions: {
                                    figure: string;
                                    label: string;
                                    count: number;
                                    points: number;
                                }[];
                                vetoes: {
                                    figure: string;
                                    count: number;
                                    reason: string;
                                }[];
                                figures: components["schemas"]["Figures"];
                            }[];
                        };
                        "text/csv": string;
                    };
                };
                /** @description invalid query */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description no token, or an unknown or revoked one */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description not allowed for this role */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Postgres or Temporal unreachable; try again shortly (after Retry-After, when the ledger is the one away) */
                503: {
                    headers: {
                        /** @description seconds to wait before asking again */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/assessment/units/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One unit’s scorecard and rank for a period: a department reads its own, the office any (a county’s office those of its subtree)
         * @description Roles: office, department, admin.
         */
        get: {
            parameters: {
                query: {
                    period: string;
                    level?: "city_department" | "county" | "park" | "county_department" | "town";
                    lang?: "en" | "zh";
                    bom?: "true" | "false";
                };
                header?: never;
                path: {
                    code: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description {unit, label, period, from, to, level?, worth, of, storedAt, scorecard: {rank, key, label, score, points, rates, deductions, vetoes, figures} | null} (null: it led no appeal of the period); read from the stored report when the period has one (storedAt its instant, else null and counted now) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            period: string;
                            from: components["schemas"]["Date"];
                            to: components["schemas"]["Date"];
                            unit: string;
                            label: string;
                            level?: string;
                            worth: number;
                            of: number;
                            storedAt: components["schemas"]["Instant"] | null;
                            scorecard: {
                                rank: number;
                                key: string;
                                label: string;
                                score: number;
                                points: number;
                                rates: {
                                    figure: string;
                                    label: string;
                                    value: number | null;
                                    weight: number;
                                    points: number | null;
                                }[];
                                deductions: {
                                    figure: string;
                                    label: string;
                                    count: number;
                                    points: number;
                                }[];
                                vetoes: {
                                    figure: string;
                                    count: number;
                                    reason: string;
                                }[];
                                figures: components["schemas"]["Figures"];
                            } | null;
                        };
                        "text/csv": string;
                    };
                };
                /** @description invalid query */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description no token, or an unknown or revoked one */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description another department’s scorecard */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description no such unit, or not one of a county’s office’s own */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Postgres or Temporal unreachable; try again shortly (after Retry-After, when the ledger is the one away) */
                503: {
                    headers: {
                        /** @description seconds to wait before asking again */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/assessment/reports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The stored quarterly and annual assessment reports, newest first (of one period or one level when asked)
         * @description Roles: office, admin.
         */
        get: {
            parameters: {
                query?: {
                    period?: string;
                    level?: "department" | "city_department" | "county" | "park" | "county_department" | "town";
                    lang?: "en" | "zh";
                    bom?: "true" | "false";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description {items: [{period, level, from, to, computedAt, units, yearOnYear}]} (JSON, or CSV) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                period: string;
                                level: string;
                                from: components["schemas"]["Date"];
                                to: components["schemas"]["Date"];
                                computedAt: components["schemas"]["Instant"];
                                units: number;
                                yearOnYear: string;
                            }[];
                        };
                        "text/csv": string;
                    };
                };
                /** @description invalid query */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description no token, or an unknown or revoked one */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description not allowed for this role */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Postgres or Temporal unreachable; try again shortly (after Retry-After, when the ledger is the one away) */
                503: {
                    headers: {
                        /** @description seconds to wait before asking again */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/assessment/reports/{period}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A stored quarterly or annual assessment report: each unit’s score, breakdown and rank as stored, beside the same period a year before
         * @description Roles: office, admin.
         */
        get: {
            parameters: {
                query?: {
                    level?: "department" | "city_department" | "county" | "park" | "county_department" | "town";
                    lang?: "en" | "zh";
                    bom?: "true" | "false";
                };
                header?: never;
                path: {
                    period: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description {period, from, to, level, worth, counting, computedAt, yearOnYear: {period, source}, items: [{rank, key, label, score, points, rates, deductions, vetoes, figures, lastYear: {rank, score} | null, change}], duties} (JSON, or CSV: a row per unit) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            period: string;
                            from: components["schemas"]["Date"];
                            to: components["schemas"]["Date"];
                            level: string;
                            worth: number;
                            /**
                             * @default {
                             *       "unratedCountsAsSolved": false,
                             *       "rounding": 0.1
                             *     }
                             */
                            counting: {
                                unratedCountsAsSolved: boolean;
                                rounding: 0.1 | 1;
                            };
                            computedAt: components["schemas"]["Instant"];
                            yearOnYear: {
                                period: string;
                                /** @enum {string} */
                                source: "stored" | "ledger";
                            };
                            items: {
                                rank: number;
                                key: string;
                                label: string;
                                score: number;
                                points: number;
                                rates: {
                                    figure: string;
                                    label: string;
                                    value: number | null;
                                    weight: number;
                                    points: number | null;
                                }[];
                                deductions: {
                                    figure: string;
                                    label: string;
                                    count: number;
                                    points: number;
                                }[];
                                vetoes: {
                                    figure: string;
                                    count: number;
                                    reason: string;
                                }[];
                                figures: components["schemas"]["Figures"];
                                lastYear: {
                                    rank: number;
                                    score: number;
                                } | null;
                                change: number | null;
                            }[];
                            duties: {
                                /** @description the unit that must hold it (its lead department) */
                                unit: string;
                                /** @enum {string} */
                                kind: "symposium" | "consultation_meeting" | "coordination";
                                /**
                                 * @description only meetings of this sector count (a meeting’s sector as planned)
                                 * @default null
                                 */
                                sector: string | null;
                                /** @enum {string} */
                                every: "month" | "quarter" | "year";
                                /** @default 1 */
                                atLeast: number;
                                label: string;
                                missed: number;
                                stretches: {
                                    period: string;
                                    from: components["schemas"]["Date"];
                                    to: components["schemas"]["Date"];
                                    held: number;
                                    /** @enum {string} */
                                    status: "met" | "missed" | "pending";
                                }[];
                            }[];
                        };
                        "text/csv": string;
                    };
                };
                /** @description invalid query */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description no token, or an unknown or revoked one */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description not allowed for this role */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description no report stored for this period and level */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Postgres or Temporal unreachable; try again shortly (after Retry-After, when the ledger is the one away) */
                503: {
                    headers: {
                        /** @description seconds to wait before asking again */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/surveys": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The enterprise evaluations set, newest first, with their progress
         * @description Roles: office, admin.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description {items: [{id, period, title, units, questions, createdAt, invited, answered, results}]} */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: string;
                                period: string;
                                title: string;
                                units: string[];
                                questions: string[];
                                createdAt: components["schemas"]["Instant"];
                                invited: number;
                                answered: number;
                                results: {
                                    unit: string;
                                    label: string;
                                    responses: number;
                                    means: (number | null)[];
                                    surveyScore: number | null;
                                }[];
                            }[];
                        };
                    };
                };
                /** @description no token, or an unknown or revoked one */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description not allowed for this role */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Postgres or Temporal unreachable; try again shortly (after Retry-After, when the ledger is the one away) */
                503: {
                    headers: {
                        /** @description seconds to wait before asking again */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /**
         * Set an enterprise evaluation (百企评): it goes to every enterprise that had appeals in the period, each with its own signed link
         * @description Roles: office, admin.
         */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @description Scoped to the token, kept 24 h. The same request again (method, path, body as parsed JSON) takes the step once and answers the first answer; another request with this key is 409. A refused step (4xx) leaves the key free. */
                    "Idempotency-Key"?: string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /**
                         * @description the period evaluated (a month, a quarter or a year): the enterprises that had appeals registered in it are asked
                         * @example 2026-Q3
                         */
                        period: string;
                        /** @description what the enterprises are told they are asked, e.g. 2026年第三季度百企评营商环境 */
                        title: string;
                        /** @description the units rated */
                        units: string[];
                        /** @description each rated 1 (worst) to 5 (best) */
                        questions: string[];
                    };
                };
            };
            responses: {
                /** @description the survey, its invitations on their way (`invited` counts them as they are made; GET /v1/surveys/:id shows progress); with an Idempotency-Key, a repeat answers the first 201 and invites no one again */
                201: {
                    headers: {
                        /** @description the path to read what was created or accepted */
                        Location?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            period: string;
                            title: string;
                            units: string[];
                            questions: string[];
                            createdAt: components["schemas"]["Instant"];
                            invited: number;
                            answered: number;
                            results: {
                                unit: string;
                                label: string;
                                responses: number;
                                means: (number | null)[];
                                surveyScore: number | null;
                            }[];
                        };
                    };
                };
                /** @description invalid survey, or a unit that is not an active department */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description no token, or an unknown or revoked one */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description not allowed for this role */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description the Idempotency-Key was used with another request */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description the body is over 64 KiB */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description this token has used its writes for now (not the admin’s); Retry-After says when to retry */
                429: {
                    headers: {
                        /** @description seconds to wait before asking again */
                        "Retry-After": number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Temporal did not take the invitations; nothing was kept, try again (with the same Idempotency-Key, if any) */
                503: {
                    headers: {
                        /** @description seconds to wait before asking again */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/surveys/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * An enterprise evaluation: how many enterprises were invited and answered, and each unit’s results (mean per question, responses, surveyScore)
         * @description Roles: office, admin.
         */
        get: {
            parameters: {
                query?: {
                    lang?: "en" | "zh";
                    bom?: "true" | "false";
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description {id, period, title, units, questions, createdAt, invited, answered, results: [{unit, label, responses, means, surveyScore}]} (JSON, or CSV: a row per unit) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            period: string;
                            title: string;
                            units: string[];
                            questions: string[];
                            createdAt: components["schemas"]["Instant"];
                            invited: number;
                            answered: number;
                            results: {
                                unit: string;
                                label: string;
                                responses: number;
                                means: (number | null)[];
                                surveyScore: number | null;
                            }[];
                        };
                        "text/csv": string;
                    };
                };
                /** @description invalid input (`errors` names each field) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description no token, or an unknown or revoked one */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description not allowed for this role */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description no such survey */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Postgres or Temporal unreachable; try again shortly (after Retry-After, when the ledger is the one away) */
                503: {
                    headers: {
                        /** @description seconds to wait before asking again */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/public/surveys/{token}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** What an invited enterprise is asked (no bearer token: the link’s token is the credential) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    token: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description {title, period, enterprise, scale: {min, max}, questions, units: [{code, label}], answeredAt} (the token of the link the enterprise was sent) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            title: string;
                            period: string;
                            enterprise: string;
                            scale: {
                                min: number;
                                max: number;
                            };
                            questions: string[];
                            units: {
                                code: string;
                                label: string;
                            }[];
                            answeredAt: components["schemas"]["Instant"] | null;
                        };
                    };
                };
                /** @description no such link */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description too many requests from this address (Retry-After says when to retry) */
                429: {
                    headers: {
                        /** @description seconds to wait before asking again */
                        "Retry-After": number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /** An invited enterprise’s answer, once: for each unit it rates (at least one), a score 1–5 per question in order */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    token: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        ratings: {
                            unit: string;
                            /** @description one per question, in order, each 1–5 */
                            scores: number[];
                        }[];
                    };
                };
            };
            responses: {
                /** @description {answeredAt} */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            answeredAt: components["schemas"]["Instant"];
                        };
                    };
                };
                /** @description invalid answer: a unit the survey does not rate, a score outside 1–5, not one score per question */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description no such link */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description already answered (currentStatus `answered`) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description the body is over 64 KiB */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description too many tries through this link, or requests from this address (Retry-After says when to retry) */
                429: {
                    headers: {
                        /** @description seconds to wait before asking again */
                        "Retry-After": number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/common-issues": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The period’s appeals grouped into common issues by category and similar text (bigram Dice ≥ 0.3 with a cluster’s centroid), biggest first, with the trend against the period of the same length before
         * @description Roles: office, admin.
         */
        get: {
            parameters: {
                query?: {
                    from?: string & (unknown & unknown);
                    to?: string & (unknown & unknown);
                    unit?: string;
                    lang?: "en" | "zh";
                    bom?: "true" | "false";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description {from, to, unit?, previous: {from, to} | null, items: [{id?, name?, status?, statusLabel?, note?, category, categoryLabel, count, enterprises, units: [{code, name}], examples: [{id, receiptNumber, title}], terms, trend: {previous, change, new?} | null, appeals: [id]}]} (JSON, or CSV with Accept: text/csv) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            from: components["schemas"]["Date"] | null;
                            to: components["schemas"]["Date"] | null;
                            unit?: string;
                            previous: {
                                from: components["schemas"]["Date"];
                                to: components["schemas"]["Date"];
                            } | null;
                            items: {
                                id?: string;
                                name?: string;
                                /** @enum {string} */
                                status?: "watching" | "policy_review";
                                statusLabel?: string;
                                note?: string | null;
                                category: string;
                                categoryLabel: string;
                                count: number;
                                enterprises: number;
                                units: {
                                    code: string;
                                    name: string;
                                }[];
                                examples: {
                                    id: string;
                                    receiptNumber: string;
                                    title: string;
                                }[];
                                terms: string[];
                                trend: {
                                    previous: number;
                                    change: number;
                                    /** @constant */
                                    new?: true;
                                } | null;
                                appeals: string[];
                            }[];
                        };
                        "text/csv": string;
                    };
                };
                /** @description invalid query */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description no token, or an unknown or revoked one */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description not allowed for this role */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description no such unit, or not one of a county’s office’s own */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Postgres or Temporal unreachable; try again shortly (after Retry-After, when the ledger is the one away) */
                503: {
                    headers: {
                        /** @description seconds to wait before asking again */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /**
         * Name a cluster (its members as GET /v1/common-issues listed them): new appeals of its category with similar text are linked to it at registration
         * @description Roles: office, admin.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name: string;
                        category: string;
                        /** @description the cluster’s members, as the office saw them (their ids) */
                        appeals: string[];
                        /**
                         * @default watching
                         * @enum {string}
                         */
                        status?: "watching" | "policy_review";
                        note?: string;
                    };
                };
            };
            responses: {
                /** @description the named issue: {id, name, category, categoryLabel, status, statusLabel, note, terms, count, createdBy, createdAt, updatedAt} */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            name: string;
                            category: string;
                            categoryLabel: string;
                            /** @enum {string} */
                            status: "watching" | "policy_review";
                            statusLabel: string;
                            note: string | null;
                            terms: string[];
                            count: number;
                            createdBy: components["schemas"]["Actor"];
                            createdAt: components["schemas"]["Instant"];
                            updatedAt: components["schemas"]["Instant"];
                        };
                    };
                };
                /** @description invalid input; an appeal that does not exist or is of another category */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description no token, or an unknown or revoked one */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description not allowed for this role */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description an appeal belongs to another named issue already */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description the body is over 64 KiB */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description this token has used its writes for now (not the admin’s); Retry-After says when to retry */
                429: {
                    headers: {
                        /** @description seconds to wait before asking again */
                        "Retry-After": number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Postgres or Temporal unreachable; try again shortly (after Retry-After, when the ledger is the one away) */
                503: {
                    headers: {
                        /** @description seconds to wait before asking again */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/common-issues/named": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The common issues the office named, oldest first, each with the count of its appeals (named with it or matched at registration)
         * @description Roles: office, admin.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description {items: [{id, name, category, categoryLabel, status, statusLabel, note, terms, count, createdBy, createdAt, updatedAt}]} */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: string;
                                name: string;
                                category: string;
                                categoryLabel: string;
                                /** @enum {string} */
                                status: "watching" | "policy_review";
                                statusLabel: string;
                                note: string | null;
                                terms: string[];
                                count: number;
                                createdBy: components["schemas"]["Actor"];
                                createdAt: components["schemas"]["Instant"];
                                updatedAt: components["schemas"]["Instant"];
                            }[];
                        };
                    };
                };
                /** @description no token, or an unknown or revoked one */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description not allowed for this role */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Postgres or Temporal unreachable; try again shortly (after Retry-After, when the ledger is the one away) */
                503: {
                    headers: {
                        /** @description seconds to wait before asking again */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/common-issues/named/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Rename a named issue, change its status (watching, policy_review) or its note (null removes it)
         * @description Roles: office, admin.
         */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name?: string;
                        /** @enum {string} */
                        status?: "watching" | "policy_review";
                        note?: string | null;
                    };
                };
            };
            responses: {
                /** @description the named issue */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            name: string;
                            category: string;
                            categoryLabel: string;
                            /** @enum {string} */
                            status: "watching" | "policy_review";
                            statusLabel: string;
                            note: string | null;
                            terms: string[];
                            count: number;
                            createdBy: components["schemas"]["Actor"];
                            createdAt: components["schemas"]["Instant"];
                            updatedAt: components["schemas"]["Instant"];
                        };
                    };
                };
                /** @description invalid input */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description no token, or an unknown or revoked one */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description not allowed for this role */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description no such named issue */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description the body is over 64 KiB */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description this token has used its writes for now (not the admin’s); Retry-After says when to retry */
                429: {
                    headers: {
                        /** @description seconds to wait before asking again */
                        "Retry-After": number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Postgres or Temporal unreachable; try again shortly (after Retry-After, when the ledger is the one away) */
                503: {
                    headers: {
                        /** @description seconds to wait before asking again */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/v1/public/appeals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Closed appeals the office published, and their results, newest registration first; identifiers scrubbed, enterprise names masked unless disclosed */
        get: {
            parameters: {
                query?: {
                    from?: string & (unknown & unknown);
                    to?: string & (unknown & unknown);
                    channel?: "symposium" | "consultation_meeting" | "service_window" | "online_platform" | "wechat_group" | "hotline_12345" | "chamber" | "supervisor" | "visit" | "other";
                    category?: string;
                    department?: string;
                    limit?: number;
                    cursor?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description {items, nextCursor} */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                receiptNumber: string;
                                enterprise: string;
                                /** @enum {string} */
                                channel: "symposium" | "consultation_meeting" | "service_window" | "online_platform" | "wechat_group" | "hotline_12345" | "chamber" | "supervisor" | "visit" | "other";
                                channelLabel: string;
                                category: string;
                                categoryLabel: string;
                                department: string | null;
                                departmentName: string | null;
                                title: string;
                                registeredOn: components["schemas"]["Date"];
                                closedOn: components["schemas"]["Date"] | null;
                                closure: ("satisfied" | "closed_by_office" | "referred" | "unrated" | "merged" | "no_material") | null;
                                closureLabel: string | null;
                                result: string | null;
                            }[];
                            nextCursor: string | null;
                        };
                    };
                };
                /** @description invalid query */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description too many requests from this address (Retry-After says when to retry) */
                429: {
                    headers: {
                        /** @description seconds to wait before asking again */
                        "Retry-After": number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Postgres unreachable; try again shortly */
                503: {
                    headers: {
                        /** @description seconds to wait before asking again */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /** Submit an appeal without a token, through online_platform, with a one-time code sent to the submitter’s phone (the enterprise contact’s without a submitter). No Idempotency-Key (keys belong to tokens): the code is used once, so a repeated submission is 400, never a second appeal */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        enterprise: {
                            name: string;
                            /** @example 91510700MA62BAR50B */
                            creditCode: string;
                            contact: {
                                name: string;
                                phone: string;
                            };
                        };
                        submitter?: {
                            /** @enum {string} */
                            kind: "enterprise" | "experience_officer" | "deputy" | "cppcc_member" | "chamber" | "supervisor" | "third_party";
                            name: string;
                            phone: string;
                            organisation?: string;
                            wechatOpenId?: string;
                        };
                        /** @enum {string} */
                        channel?: "symposium" | "consultation_meeting" | "service_window" | "online_platform" | "wechat_group" | "hotline_12345" | "chamber" | "supervisor" | "visit" | "other";
                        category: string;
                        title: string;
                        description: string;
                        disclose?: boolean;
                        meetingId?: string;
                        /**
                         * @description problem (default), consultation or suggestion: each kind has its own time limit and figures
                         * @enum {string}
                         */
                        kind?: "problem" | "consultation" | "suggestion";
                        verification: {
                            /** @description the verificationId POST /v1/public/verifications answered */
                            id: string;
                            code: string;
                        };
                    };
                };
            };
            responses: {
                /** @description the registered appeal, as the enterprise sees it */
                201: {
                    headers: {
                        /** @description the path to read what was created or accepted */
                        Location: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Appeal"];
                    };
                };
                /** @description accepted, its registration not on the ledger yet: {id, receiptNumber, status: "registering"} (Location needs the enterprise’s token; GET /v1/public/receipts/:receiptNumber answers without one) */
                202: {
                    headers: {
                        /** @description the path to read what was created or accepted */
                        Location: string;
                        /** @description seconds to wait before asking again */
                        "Retry-After": number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Registering"];
                    };
                };
                /** @description invalid input; `verification.code` wrong, expired or already used (five wrong codes spend it); `verification.id` sent to another phone */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description the body is over 64 KiB */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description too many submissions from this address (Retry-After says when to retry) */
                429: {
                    headers: {
                        /** @description seconds to wait before asking again */
                        "Retry-After": number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description too many submissions in flight (with Retry-After), or Postgres or Temporal unreachable: no appeal was started */
                503: {
                    headers: {
                        /** @description seconds to wait before asking again */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/public/meetings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Reported meetings and their special reports (结果公开), newest first; `from`/`to` bound the meeting day */
        get: {
            parameters: {
                query?: {
                    from?: string & (unknown & unknown);
                    to?: string & (unknown & unknown);
                    kind?: "symposium" | "consultation_meeting" | "coordination";
                    limit?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description {items: [{id, kind, title, theme, sector, startsOn, heldOn, reportedOn, report}]} */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: string;
                                /** @enum {string} */
                                kind: "symposium" | "consultation_meeting" | "coordination";
                                kindLabel: string;
                                title: string;
                                theme: string;
                                sector: string | null;
                                startsOn: components["schemas"]["Date"] | null;
                                heldOn: components["schemas"]["Date"] | null;
                                reportedOn: components["schemas"]["Date"] | null;
                                report: components["schemas"]["MeetingFigures"];
                            }[];
                        };
                    };
                };
                /** @description invalid query */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description too many requests from this address (Retry-After says when to retry) */
                429: {
                    headers: {
                        /** @description seconds to wait before asking again */
                        "Retry-After": number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Postgres unreachable; try again shortly */
                503: {
                    headers: {
                        /** @description seconds to wait before asking again */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/public/meetings/upcoming": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The public call (公开征集, issue 19): announced meetings still taking registrations, soonest first, with how to register */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description {items: [{id, kind, kindLabel, title, theme, sector, chair, location, startsAt, registrationClosesAt, register}]}: register names the routes an enterprise registers with */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: string;
                                /** @enum {string} */
                                kind: "symposium" | "consultation_meeting" | "coordination";
                                kindLabel: string;
                                title: string;
                                theme: string;
                                sector: string | null;
                                chair: string;
                                location: string;
                                startsAt: components["schemas"]["Instant"];
                                registrationClosesAt: components["schemas"]["Instant"];
                                register: {
                                    code: string;
                                    registration: string;
                                };
                            }[];
                        };
                    };
                };
                /** @description invalid query */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description too many requests from this address (Retry-After says when to retry) */
                429: {
                    headers: {
                        /** @description seconds to wait before asking again */
                        "Retry-After": number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Postgres unreachable; try again shortly */
                503: {
                    headers: {
                        /** @description seconds to wait before asking again */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/public/receipts/{receiptNumber}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Where an appeal stands, for whoever quotes its receipt number and the last four digits of its contact’s phone: the follow page’s view (/a/<token>) as JSON, until 90 days after closure */
        get: {
            parameters: {
                query?: {
                    phone?: string;
                };
                header?: never;
                path: {
                    receiptNumber: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description {receiptNumber, title, status, statusLabel, leadDepartment, leadDepartmentName, deadlines: {dueAt, ratingBy}, ratingDue, ratings, closure, closureLabel, closedAt, openUntil, timeline} */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["FollowView"];
                    };
                };
                /** @description invalid query */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description no such receipt number, `phone` missing or not its last four digits, or closed over 90 days ago: the same answer for each */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description too many requests from this address, or for this receipt number (Retry-After says when to retry) */
                429: {
                    headers: {
                        /** @description seconds to wait before asking again */
                        "Retry-After": number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Postgres unreachable; try again shortly */
                503: {
                    headers: {
                        /** @description seconds to wait before asking again */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/public/stats": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The period’s figures, as GET /v1/stats answers them, at most a minute old */
        get: {
            parameters: {
                query?: {
                    from?: string & (unknown & unknown);
                    to?: string & (unknown & unknown);
                    groupBy?: "department" | "channel" | "category" | "submitterKind" | "kind";
                    lang?: "en" | "zh";
                    bom?: "true" | "false";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description {from, to, groupBy, groups, total} (JSON, or CSV with Accept: text/csv) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            from: components["schemas"]["Date"] | null;
                            to: components["schemas"]["Date"] | null;
                            groupBy: string;
                            level?: string;
                            unit?: string;
                            kind?: string;
                            groups: components["schemas"]["FiguresRow"][];
                            total: components["schemas"]["Figures"];
                        };
                        "text/csv": string;
                    };
                };
                /** @description invalid query */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description too many requests from this address (Retry-After says when to retry) */
                429: {
                    headers: {
                        /** @description seconds to wait before asking again */
                        "Retry-After": number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Postgres unreachable; try again shortly */
                503: {
                    headers: {
                        /** @description seconds to wait before asking again */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/public/verifications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Send a 6-digit one-time code by SMS to a mainland mobile, for POST /v1/public/appeals; it expires in 10 minutes */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @example 13800000000 */
                        phone: string;
                    };
                };
            };
            responses: {
                /** @description {verificationId, expiresAt}: the SMS is on its way (a notification of kind `verification`, delivered like any other) */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            verificationId: string;
                            expiresAt: components["schemas"]["Instant"];
                        };
                    };
                };
                /** @description invalid input: `phone` is not a mainland mobile (a landline cannot receive SMS) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description the body is over 64 KiB */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description too many codes for this phone (one a minute, five an hour) or from this address (Retry-After says when to retry) */
                429: {
                    headers: {
                        /** @description seconds to wait before asking again */
                        "Retry-After": number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Postgres or Temporal unreachable; try again shortly (a code recorded before Temporal failed to take its SMS waits as a pending notification, which POST /v1/notifications/:id/redeliver sends) */
                503: {
                    headers: {
                        /** @description seconds to wait before asking again */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/public/meetings/{id}/registrations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Register an enterprise for an announced meeting without a token (the public call, issue 19), with a one-time code sent to its contact’s mobile; each problem is an appeal at once. Registering again (with a new code) replaces the registration */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        enterprise: {
                            name: string;
                            /** @example 91510700MA62BAR50B */
                            creditCode: string;
                            contact: {
                                name: string;
                                phone: string;
                            };
                        };
                        problems?: {
                            category: string;
                            title: string;
                            description: string;
                        }[];
                        verification: {
                            /** @description the verificationId POST /v1/public/verifications answered */
                            id: string;
                            code: string;
                        };
                    };
                };
            };
            responses: {
                /** @description the same, an earlier registration replaced */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            meetingId: string;
                            registration: components["schemas"]["MeetingRegistration"];
                        };
                    };
                };
                /** @description {meetingId, registration}: the registration as the enterprise sees it, with its problems’ appealIds */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            meetingId: string;
                            registration: components["schemas"]["MeetingRegistration"];
                        };
                    };
                };
                /** @description invalid input (an unknown category); `verification.code` wrong, expired or already used; `verification.id` sent to another phone than enterprise.contact.phone */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description no meeting taking registrations from the public call (not announced, or no such meeting) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description registration has closed (the end of the day before the meeting) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description the body is over 64 KiB */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description too many registrations from this address (Retry-After says when to retry) */
                429: {
                    headers: {
                        /** @description seconds to wait before asking again */
                        "Retry-After": number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Postgres or Temporal unreachable */
                503: {
                    headers: {
                        /** @description seconds to wait before asking again */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/meeting-series": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The meeting series that are not deleted
         * @description Roles: office, admin.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description {items} */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["MeetingSeries"][];
                        };
                    };
                };
                /** @description no token, or an unknown or revoked one */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description not allowed for this role */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Postgres or Temporal unreachable; try again shortly (after Retry-After, when the ledger is the one away) */
                503: {
                    headers: {
                        /** @description seconds to wait before asking again */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /**
         * Start a recurring meeting series: a Temporal Schedule that opens each meeting when it is to be announced
         * @description Roles: office, admin.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        kind: "symposium" | "consultation_meeting" | "coordination";
                        title: string;
                        theme: string;
                        sector?: string;
                        /** @description first_weekend_monthly, twice_monthly, or an RRULE: FREQ=WEEKLY|MONTHLY with BYDAY, BYMONTHDAY, INTERVAL, UNTIL */
                        recurrence: string;
                        startTime: string;
                        /** @description default 7 */
                        announceDaysBefore?: number;
                        chair: string;
                        location: string;
                    };
                };
            };
            responses: {
                /** @description the series with its next meetings */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["MeetingSeries"];
                    };
                };
                /** @description invalid input or an unsupported recurrence */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description no token, or an unknown or revoked one */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description not allowed for this role */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description the body is over 64 KiB */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description this token has used its writes for now (not the admin’s); Retry-After says when to retry */
                429: {
                    headers: {
                        /** @description seconds to wait before asking again */
                        "Retry-After": number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description this Temporal server runs no Schedules */
                503: {
                    headers: {
                        /** @description seconds to wait before asking again */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/meeting-series/{id}/pause": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Pause a series: its Schedule opens no meeting until resumed
         * @description Roles: office, admin.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description the series */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["MeetingSeries"];
                    };
                };
                /** @description no token, or an unknown or revoked one */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description not allowed for this role */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description no such series */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description this token has used its writes for now (not the admin’s); Retry-After says when to retry */
                429: {
                    headers: {
                        /** @description seconds to wait before asking again */
                        "Retry-After": number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Temporal unreachable or without Schedules */
                503: {
                    headers: {
                        /** @description seconds to wait before asking again */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/meeting-series/{id}/resume": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Resume a paused series
         * @description Roles: office, admin.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description the series */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["MeetingSeries"];
                    };
                };
                /** @description no token, or an unknown or revoked one */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description not allowed for this role */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description no such series */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description this token has used its writes for now (not the admin’s); Retry-After says when to retry */
                429: {
                    headers: {
                        /** @description seconds to wait before asking again */
                        "Retry-After": number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Temporal unreachable or without Schedules */
                503: {
                    headers: {
                        /** @description seconds to wait before asking again */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/meeting-series/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Delete a series and its Schedule (meetings it opened go on)
         * @description Roles: office, admin.
         */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description deleted */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description no token, or an unknown or revoked one */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description not allowed for this role */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description no such series */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description this token has used its writes for now (not the admin’s); Retry-After says when to retry */
                429: {
                    headers: {
                        /** @description seconds to wait before asking again */
                        "Retry-After": number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Temporal unreachable or without Schedules */
                503: {
                    headers: {
                        /** @description seconds to wait before asking again */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/meetings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Meetings, latest start first; an enterprise sees announced ones and those it is invited to or registered for
         * @description Roles: office, department, enterprise, admin.
         */
        get: {
            parameters: {
                query?: {
                    status?: "planned" | "announced" | "registration_closed" | "held" | "follow_up" | "reported" | "cancelled";
                    kind?: "symposium" | "consultation_meeting" | "coordination";
                    seriesId?: string;
                    from?: string & (unknown & unknown);
                    to?: string & (unknown & unknown);
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description {items}. The office, the admin and departments read every meeting and its timeline (registrations without contacts for departments); an enterprise reads announced meetings and those it is invited to or registered for, only its own invitation, registration, attendance and appeals, the `minutes` only if it attended, and no timeline. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["Meeting"][];
                        };
                    };
                };
                /** @description invalid filter */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description no token, or an unknown or revoked one */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description not allowed for this role */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Postgres or Temporal unreachable; try again shortly (after Retry-After, when the ledger is the one away) */
                503: {
                    headers: {
                        /** @description seconds to wait before asking again */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /**
         * Plan a meeting: its workflow announces it, closes registration the day before and follows its appeals up
         * @description Roles: office, admin.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        kind: "symposium" | "consultation_meeting" | "coordination";
                        title: string;
                        theme: string;
                        sector?: string;
                        chair: string;
                        location: string;
                        /** @example 2026-12-05T09:30:00.000+08:00 */
                        startsAt: string & (unknown & unknown);
                        /** @description default 7 */
                        announceDaysBefore?: number;
                    };
                };
            };
            responses: {
                /** @description the meeting */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Meeting"];
                    };
                };
                /** @description invalid input */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description no token, or an unknown or revoked one */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description not allowed for this role */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description the body is over 64 KiB */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description this token has used its writes for now (not the admin’s); Retry-After says when to retry */
                429: {
                    headers: {
                        /** @description seconds to wait before asking again */
                        "Retry-After": number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Postgres or Temporal unreachable; try again shortly (after Retry-After, when the ledger is the one away) */
                503: {
                    headers: {
                        /** @description seconds to wait before asking again */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/meetings/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One meeting with its figures and (except for enterprises) its timeline
         * @description Roles: office, department, enterprise, admin.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description the meeting. The office, the admin and departments read every meeting and its timeline (registrations without contacts for departments); an enterprise reads announced meetings and those it is invited to or registered for, only its own invitation, registration, attendance and appeals, the `minutes` only if it attended, and no timeline. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Meeting"];
                    };
                };
                /** @description no token, or an unknown or revoked one */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description not allowed for this role */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description no such meeting (or not yet announced, for an enterprise) */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Postgres or Temporal unreachable; try again shortly (after Retry-After, when the ledger is the one away) */
                503: {
                    headers: {
                        /** @description seconds to wait before asking again */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/meetings/{id}/invitations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Invite enterprises (counted in the report; told of the announcement)
         * @description Roles: office, admin.
         */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @description Scoped to the token, kept 24 h. The same request again (method, path, body as parsed JSON) takes the step once and answers the first answer; another request with this key is 409. A refused step (4xx) leaves the key free. */
                    "Idempotency-Key"?: string;
                };
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        creditCodes: string[];
                    };
                };
            };
            responses: {
                /** @description the meeting */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Meeting"];
                    };
                };
                /** @description invalid input */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description no token, or an unknown or revoked one */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description not this caller’s */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description no such meeting */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description not allowed in the meeting’s current status (names currentStatus and allowedSteps); or the Idempotency-Key was used with another request */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description the body is over 64 KiB */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description this token has used its writes for now (not the admin’s); Retry-After says when to retry */
                429: {
                    headers: {
                        /** @description seconds to wait before asking again */
                        "Retry-After": number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Postgres or Temporal unreachable; try again shortly (after Retry-After, when the ledger is the one away) */
                503: {
                    headers: {
                        /** @description seconds to wait before asking again */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/meetings/{id}/registrations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The registrations (an enterprise sees only its own)
         * @description Roles: office, department, enterprise, admin.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description {items}. The office, the admin and departments read every meeting and its timeline (registrations without contacts for departments); an enterprise reads announced meetings and those it is invited to or registered for, only its own invitation, registration, attendance and appeals, the `minutes` only if it attended, and no timeline. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["MeetingRegistration"][];
                        };
                    };
                };
                /** @description no token, or an unknown or revoked one */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description not allowed for this role */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description no such meeting */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Postgres or Temporal unreachable; try again shortly (after Retry-After, when the ledger is the one away) */
                503: {
                    headers: {
                        /** @description seconds to wait before asking again */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /**
         * Register an enterprise with the problems it will raise, each an appeal at once; registering again replaces the registration
         * @description Roles: office, enterprise, admin.
         */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @description Scoped to the token, kept 24 h. The same request again (method, path, body as parsed JSON) takes the step once and answers the first answer; another request with this key is 409. A refused step (4xx) leaves the key free. */
                    "Idempotency-Key"?: string;
                };
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        enterprise: {
                            name: string;
                            /** @example 91510700MA62BAR50B */
                            creditCode: string;
                            contact: {
                                name: string;
                                phone: string;
                            };
                        };
                        problems?: {
                            category: string;
                            title: string;
                            description: string;
                        }[];
                    };
                };
            };
            responses: {
                /** @description the meeting (200 when a registration was replaced). The office, the admin and departments read every meeting and its timeline (registrations without contacts for departments); an enterprise reads announced meetings and those it is invited to or registered for, only its own invitation, registration, attendance and appeals, the `minutes` only if it attended, and no timeline. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Meeting"];
                    };
                };
                /** @description the meeting, with the new registration. The office, the admin and departments read every meeting and its timeline (registrations without contacts for departments); an enterprise reads announced meetings and those it is invited to or registered for, only its own invitation, registration, attendance and appeals, the `minutes` only if it attended, and no timeline. */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Meeting"];
                    };
                };
                /** @description invalid input */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description no token, or an unknown or revoked one */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description not this caller’s */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description no such meeting */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description not allowed in the meeting’s current status (names currentStatus and allowedSteps); or the Idempotency-Key was used with another request */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description the body is over 64 KiB */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description this token has used its writes for now (not the admin’s); Retry-After says when to retry */
                429: {
                    headers: {
                        /** @description seconds to wait before asking again */
                        "Retry-After": number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Postgres or Temporal unreachable; try again shortly (after Retry-After, when the ledger is the one away) */
                503: {
                    headers: {
                        /** @description seconds to wait before asking again */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/meetings/{id}/registrations/{creditCode}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One enterprise’s registration (an enterprise reads only its own)
         * @description Roles: office, department, enterprise, admin.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    creditCode: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description the registration. An enterprise reads only its own registration: another’s is 403 whether it exists or not; departments read it without the contact. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["MeetingRegistration"];
                    };
                };
                /** @description no token, or an unknown or revoked one */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description another enterprise’s registration, whether it exists or not */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description no such meeting, or (for the office, a department or the enterprise itself) no such registration */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Postgres or Temporal unreachable; try again shortly (after Retry-After, when the ledger is the one away) */
                503: {
                    headers: {
                        /** @description seconds to wait before asking again */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/meetings/{id}/held": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Record that the meeting was held: attendance, minutes, problems raised there (which become appeals) and what was decided at the table for each
         * @description Roles: office, admin.
         */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @description Scoped to the token, kept 24 h. The same request again (method, path, body as parsed JSON) takes the step once and answers the first answer; another request with this key is 409. A refused step (4xx) leaves the key free. */
                    "Idempotency-Key"?: string;
                };
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        attendedCreditCodes: string[];
                        minutes: string;
                        /** @description problems raised on the spot, each with what was decided (answered, assigned, or follow_up by default) */
                        problemsRaised?: ({
                            text: string;
                            /** @description the policy the answer rests on (政策依据) */
                            basis?: string;
                            /** @constant */
                            decision: "answered";
                            category: string;
                            title: string;
                            description: string;
                            enterprise: {
                                name: string;
                                /** @example 91510700MA62BAR50B */
                                creditCode: string;
                                contact: {
                                    name: string;
                                    phone: string;
                                };
                            };
                        } | {
                            /** @enum {string} */
                            classification: "simple" | "general" | "complex";
                            timeLimitDays?: number;
                            lead: string;
                            co?: string[];
                            /** @constant */
                            decision: "assigned";
                            category: string;
                            title: string;
                            description: string;
                            enterprise: {
                                name: string;
                                /** @example 91510700MA62BAR50B */
                                creditCode: string;
                                contact: {
                                    name: string;
                                    phone: string;
                                };
                            };
                        } | {
                            /**
                             * @description the default
                             * @constant
                             */
                            decision?: "follow_up";
                            category: string;
                            title: string;
                            description: string;
                            enterprise: {
                                name: string;
                                /** @example 91510700MA62BAR50B */
                                creditCode: string;
                                contact: {
                                    name: string;
                                    phone: string;
                                };
                            };
                        })[];
                        /** @description what was decided for the meeting’s appeals (registered problems): answered, assigned or follow_up */
                        decisions?: ({
                            text: string;
                            /** @description the policy the answer rests on (政策依据) */
                            basis?: string;
                            /** @constant */
                            decision: "answered";
                            appealId: string;
                        } | {
                            /** @enum {string} */
                            classification: "simple" | "general" | "complex";
                            timeLimitDays?: number;
                            lead: string;
                            co?: string[];
                            /** @constant */
                            decision: "assigned";
                            appealId: string;
                        } | {
                            /**
                             * @description the default
                             * @constant
                             */
                            decision?: "follow_up";
                            appealId: string;
                        })[];
                    };
                };
            };
            responses: {
                /** @description the meeting, following its new appeals up */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Meeting"];
                    };
                };
                /** @description invalid input */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description no token, or an unknown or revoked one */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description not this caller’s */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description no such meeting */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description not allowed in the meeting’s current status (names currentStatus and allowedSteps); or the Idempotency-Key was used with another request */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description the body is over 64 KiB */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description this token has used its writes for now (not the admin’s); Retry-After says when to retry */
                429: {
                    headers: {
                        /** @description seconds to wait before asking again */
                        "Retry-After": number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Postgres or Temporal unreachable; try again shortly (after Retry-After, when the ledger is the one away) */
                503: {
                    headers: {
                        /** @description seconds to wait before asking again */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/meetings/{id}/problems/assign": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Sort the meeting’s problems before it (事前筹备): classify where asked and assign each to its lead, as the appeals’ own steps
         * @description Roles: office, admin.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        classification?: "simple" | "general" | "complex";
                        timeLimitDays?: number;
                        lead: string;
                        co?: string[];
                        appealId: string;
                    }[];
                };
            };
            responses: {
                /** @description the meeting, its problems with their leads and readiness */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Meeting"];
                    };
                };
                /** @description invalid input: not an appeal of this meeting, no classification where it has none, an unknown department, a limit the policy does not allow */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description no token, or an unknown or revoked one */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description not allowed for this role */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description no such meeting */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description an appeal’s state no longer allows the assignment */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description the body is over 64 KiB */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description this token has used its writes for now (not the admin’s); Retry-After says when to retry */
                429: {
                    headers: {
                        /** @description seconds to wait before asking again */
                        "Retry-After": number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Postgres or Temporal unreachable; try again shortly (after Retry-After, when the ledger is the one away) */
                503: {
                    headers: {
                        /** @description seconds to wait before asking again */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/meetings/{id}/appeals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Take existing open appeals into the meeting (a coordination meeting takes slow, supervised ones)
         * @description Roles: office, admin.
         */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @description Scoped to the token, kept 24 h. The same request again (method, path, body as parsed JSON) takes the step once and answers the first answer; another request with this key is 409. A refused step (4xx) leaves the key free. */
                    "Idempotency-Key"?: string;
                };
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        appealIds: string[];
                    };
                };
            };
            responses: {
                /** @description the meeting */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Meeting"];
                    };
                };
                /** @description invalid input */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description no token, or an unknown or revoked one */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description not this caller’s */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description no such meeting */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description not allowed in the meeting’s current status (names currentStatus and allowedSteps); or the Idempotency-Key was used with another request */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description the body is over 64 KiB */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description this token has used its writes for now (not the admin’s); Retry-After says when to retry */
                429: {
                    headers: {
                        /** @description seconds to wait before asking again */
                        "Retry-After": number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Postgres or Temporal unreachable; try again shortly (after Retry-After, when the ledger is the one away) */
                503: {
                    headers: {
                        /** @description seconds to wait before asking again */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/meetings/{id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Cancel a meeting that has not been held
         * @description Roles: office, admin.
         */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @description Scoped to the token, kept 24 h. The same request again (method, path, body as parsed JSON) takes the step once and answers the first answer; another request with this key is 409. A refused step (4xx) leaves the key free. */
                    "Idempotency-Key"?: string;
                };
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        reason: string;
                    };
                };
            };
            responses: {
                /** @description the cancelled meeting */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Meeting"];
                    };
                };
                /** @description invalid input */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description no token, or an unknown or revoked one */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description not this caller’s */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description no such meeting */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description not allowed in the meeting’s current status (names currentStatus and allowedSteps); or the Idempotency-Key was used with another request */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description the body is over 64 KiB */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description this token has used its writes for now (not the admin’s); Retry-After says when to retry */
                429: {
                    headers: {
                        /** @description seconds to wait before asking again */
                        "Retry-After": number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Postgres or Temporal unreachable; try again shortly (after Retry-After, when the ledger is the one away) */
                503: {
                    headers: {
                        /** @description seconds to wait before asking again */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/meetings/{id}/report": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The special report: the stored one once reported, else the figures as they stand
         * @description Roles: office, admin.
         */
        get: {
            parameters: {
                query?: {
                    lang?: "en" | "zh";
                    bom?: "true" | "false";
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description {invited, registered, attended, problemsRaised, collected, answeredOnTheSpot, assignedAtTable, absent, solved, inProgress, solveRate, byDepartment} (JSON, or CSV with Accept: text/csv) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["MeetingReport"];
                        "text/csv": string;
                    };
                };
                /** @description invalid input (`errors` names each field) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description no token, or an unknown or revoked one */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description not allowed for this role */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description no such meeting */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Postgres or Temporal unreachable; try again shortly (after Retry-After, when the ledger is the one away) */
                503: {
                    headers: {
                        /** @description seconds to wait before asking again */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/meeting-report": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Figures over the meetings starting in a period (e.g. 130 meetings, 1466 problems, 1238 solved, 84.4%)
         * @description Roles: office, admin.
         */
        get: {
            parameters: {
                query?: {
                    from?: string & (unknown & unknown);
                    to?: string & (unknown & unknown);
                    kind?: "symposium" | "consultation_meeting" | "coordination";
                    lang?: "en" | "zh";
                    bom?: "true" | "false";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description {from, to, kind, meetings, invited, …, solveRate, byDepartment} (JSON, or CSV with Accept: text/csv) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            problemsRaised: number;
                            collected: number;
                            answeredOnTheSpot: number;
                            assignedAtTable: number;
                            absent: number;
                            solved: number;
                            inProgress: number;
                            solveRate: number | null;
                            invited: number;
                            registered: number;
                            attended: number;
                            byDepartment: {
                                problemsRaised: number;
                                collected: number;
                                answeredOnTheSpot: number;
                                assignedAtTable: number;
                                absent: number;
                                solved: number;
                                inProgress: number;
                                solveRate: number | null;
                                department: string | null;
                                name: string | null;
                            }[];
                            from: components["schemas"]["Date"] | null;
                            to: components["schemas"]["Date"] | null;
                            kind: ("symposium" | "consultation_meeting" | "coordination") | null;
                            meetings: number;
                        };
                        "text/csv": string;
                    };
                };
                /** @description invalid query */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description no token, or an unknown or revoked one */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description not allowed for this role */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Postgres or Temporal unreachable; try again shortly (after Retry-After, when the ledger is the one away) */
                503: {
                    headers: {
                        /** @description seconds to wait before asking again */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/accountability": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Accountability records, newest first (a department: its own unit’s; the commission: referrals)
         * @description Roles: office, department, commission, admin.
         */
        get: {
            parameters: {
                query?: {
                    from?: string & (unknown & unknown);
                    to?: string & (unknown & unknown);
                    kind?: "exposure" | "discipline_letter" | "interview" | "referral";
                    unit?: string;
                    status?: "open" | "reported" | "closed";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description {items}. The city’s office and the admin read every record; a department reads the records of its own unit (others 404); the discipline commission reads referral records only, and through them `GET /v1/appeals/:id` of the appeals behind them (read-only, without the contact). */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: string;
                                /** @enum {string} */
                                kind: "exposure" | "discipline_letter" | "interview" | "referral";
                                unit: string | null;
                                persons: string[];
                                appeals: string[];
                                text: string;
                                owner: components["schemas"]["Actor"];
                                /** @enum {string} */
                                status: "open" | "reported" | "closed";
                                createdAt: components["schemas"]["Instant"];
                                rectifyBy: components["schemas"]["Instant"] | null;
                                rectification: {
                                    text: string;
                                    at: components["schemas"]["Instant"];
                                    by: components["schemas"]["Actor"];
                                } | null;
                                rectifiedOnTime: boolean | null;
                                outcome: {
                                    /** @enum {string} */
                                    result: "rectified" | "not_rectified" | "escalated";
                                    note: string;
                                    at: components["schemas"]["Instant"];
                                } | null;
                                finding?: {
                                    /** @enum {string} */
                                    result: "upheld" | "not_upheld" | "clarified";
                                    note: string;
                                    at: components["schemas"]["Instant"];
                                    by: components["schemas"]["Actor"];
                                } | null;
                                publishable: boolean;
                                allowedSteps: string[];
                                timeline?: {
                                    seq: number;
                                    /** @enum {string} */
                                    kind: "created" | "rectification_reported" | "rectification_missed" | "outcome_recorded" | "finding_recorded" | "notified";
                                    at: components["schemas"]["Instant"];
                                    actor?: components["schemas"]["Actor"];
                                    data?: {
                                        [key: string]: unknown;
                                    };
                                }[];
                            }[];
                        };
                    };
                };
                /** @description invalid filter */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description no token, or an unknown or revoked one */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description not allowed for this role */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Postgres or Temporal unreachable; try again shortly (after Retry-After, when the ledger is the one away) */
                503: {
                    headers: {
                        /** @description seconds to wait before asking again */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /**
         * Open an accountability record against a unit: its workflow waits for the unit’s rectification by rectifyBy (working days), telling the office if it is missed
         * @description Roles: office, admin.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        kind: "exposure" | "discipline_letter" | "interview" | "referral";
                        unit: string;
                        persons?: string[];
                        appeals: string[];
                        text: string;
                        /** @description default: the policy’s rectifyWorkingDays (20) */
                        rectifyWorkingDays?: number;
                    };
                };
            };
            responses: {
                /** @description the record. The city’s office and the admin read every record; a department reads the records of its own unit (others 404); the discipline commission reads referral records only, and through them `GET /v1/appeals/:id` of the appeals behind them (read-only, without the contact). */
                201: {
                    headers: {
                        /** @description the path to read what was created or accepted */
                        Location: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            /** @enum {string} */
                            kind: "exposure" | "discipline_letter" | "interview" | "referral";
                            unit: string | null;
                            persons: string[];
                            appeals: string[];
                            text: string;
                            owner: components["schemas"]["Actor"];
                            /** @enum {string} */
                            status: "open" | "reported" | "closed";
                            createdAt: components["schemas"]["Instant"];
                            rectifyBy: components["schemas"]["Instant"] | null;
                            rectification: {
                                text: string;
                                at: components["schemas"]["Instant"];
                                by: components["schemas"]["Actor"];
                            } | null;
                            rectifiedOnTime: boolean | null;
                            outcome: {
                                /** @enum {string} */
                                result: "rectified" | "not_rectified" | "escalated";
                                note: string;
                                at: components["schemas"]["Instant"];
                            } | null;
                            finding?: {
                                /** @enum {string} */
                                result: "upheld" | "not_upheld" | "clarified";
                                note: string;
                                at: components["schemas"]["Instant"];
                                by: components["schemas"]["Actor"];
                            } | null;
                            publishable: boolean;
                            allowedSteps: string[];
                            timeline?: {
                                seq: number;
                                /** @enum {string} */
                                kind: "created" | "rectification_reported" | "rectification_missed" | "outcome_recorded" | "finding_recorded" | "notified";
                                at: components["schemas"]["Instant"];
                                actor?: components["schemas"]["Actor"];
                                data?: {
                                    [key: string]: unknown;
                                };
                            }[];
                        };
                    };
                };
                /** @description invalid input, or a unit, appeal or person that does not exist */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description no token, or an unknown or revoked one */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description not allowed for this role */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description the body is over 64 KiB */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description this token has used its writes for now (not the admin’s); Retry-After says when to retry */
                429: {
                    headers: {
                        /** @description seconds to wait before asking again */
                        "Retry-After": number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Postgres or Temporal unreachable; try again shortly (after Retry-After, when the ledger is the one away) */
                503: {
                    headers: {
                        /** @description seconds to wait before asking again */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/accountability/figures": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The period’s accountability figures by unit or kind: records of each kind, findings by result, rectifications on time and missed
         * @description Roles: office, admin.
         */
        get: {
            parameters: {
                query?: {
                    from?: string & (unknown & unknown);
                    to?: string & (unknown & unknown);
                    groupBy?: "unit" | "kind";
                    lang?: "en" | "zh";
                    bom?: "true" | "false";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description {from, to, groupBy, groups: [{key, label, ...figures}], total}, or CSV with a 合计 row */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            from: components["schemas"]["Date"] | null;
                            to: components["schemas"]["Date"] | null;
                            /** @enum {string} */
                            groupBy: "unit" | "kind";
                            groups: {
                                records: number;
                                exposures: number;
                                disciplineLetters: number;
                                interviews: number;
                                referrals: number;
                                findingsUpheld: number;
                                findingsNotUpheld: number;
                                findingsClarified: number;
                                rectifiedOnTime: number;
                                rectificationMissed: number;
                                key: string | null;
                                label: string;
                            }[];
                            total: {
                                records: number;
                                exposures: number;
                                disciplineLetters: number;
                                interviews: number;
                                referrals: number;
                                findingsUpheld: number;
                                findingsNotUpheld: number;
                                findingsClarified: number;
                                rectifiedOnTime: number;
                                rectificationMissed: number;
                            };
                        };
                        "text/csv": string;
                    };
                };
                /** @description invalid query */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description no token, or an unknown or revoked one */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description not allowed for this role */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Postgres or Temporal unreachable; try again shortly (after Retry-After, when the ledger is the one away) */
                503: {
                    headers: {
                        /** @description seconds to wait before asking again */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/accountability/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One accountability record with its timeline
         * @description Roles: office, department, commission, admin.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description the record. The city’s office and the admin read every record; a department reads the records of its own unit (others 404); the discipline commission reads referral records only, and through them `GET /v1/appeals/:id` of the appeals behind them (read-only, without the contact). */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            /** @enum {string} */
                            kind: "exposure" | "discipline_letter" | "interview" | "referral";
                            unit: string | null;
                            persons: string[];
                            appeals: string[];
                            text: string;
                            owner: components["schemas"]["Actor"];
                            /** @enum {string} */
                            status: "open" | "reported" | "closed";
                            createdAt: components["schemas"]["Instant"];
                            rectifyBy: components["schemas"]["Instant"] | null;
                            rectification: {
                                text: string;
                                at: components["schemas"]["Instant"];
                                by: components["schemas"]["Actor"];
                            } | null;
                            rectifiedOnTime: boolean | null;
                            outcome: {
                                /** @enum {string} */
                                result: "rectified" | "not_rectified" | "escalated";
                                note: string;
                                at: components["schemas"]["Instant"];
                            } | null;
                            finding?: {
                                /** @enum {string} */
                                result: "upheld" | "not_upheld" | "clarified";
                                note: string;
                                at: components["schemas"]["Instant"];
                                by: components["schemas"]["Actor"];
                            } | null;
                            publishable: boolean;
                            allowedSteps: string[];
                            timeline?: {
                                seq: number;
                                /** @enum {string} */
                                kind: "created" | "rectification_reported" | "rectification_missed" | "outcome_recorded" | "finding_recorded" | "notified";
                                at: components["schemas"]["Instant"];
                                actor?: components["schemas"]["Actor"];
                                data?: {
                                    [key: string]: unknown;
                                };
                            }[];
                        };
                    };
                };
                /** @description no token, or an unknown or revoked one */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description not allowed for this role */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description no such record, or not one this caller reads */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Postgres or Temporal unreachable; try again shortly (after Retry-After, when the ledger is the one away) */
                503: {
                    headers: {
                        /** @description seconds to wait before asking again */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/accountability/{id}/rectification": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * The unit reports its rectification (late reports are taken and kept as late)
         * @description Roles: department.
         */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @description Scoped to the token, kept 24 h. The same request again (method, path, body as parsed JSON) takes the step once and answers the first answer; another request with this key is 409. A refused step (4xx) leaves the key free. */
                    "Idempotency-Key"?: string;
                };
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        text: string;
                    };
                };
            };
            responses: {
                /** @description the record */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            /** @enum {string} */
                            kind: "exposure" | "discipline_letter" | "interview" | "referral";
                            unit: string | null;
                            persons: string[];
                            appeals: string[];
                            text: string;
                            owner: components["schemas"]["Actor"];
                            /** @enum {string} */
                            status: "open" | "reported" | "closed";
                            createdAt: components["schemas"]["Instant"];
                            rectifyBy: components["schemas"]["Instant"] | null;
                            rectification: {
                                text: string;
                                at: components["schemas"]["Instant"];
                                by: components["schemas"]["Actor"];
                            } | null;
                            rectifiedOnTime: boolean | null;
                            outcome: {
                                /** @enum {string} */
                                result: "rectified" | "not_rectified" | "escalated";
                                note: string;
                                at: components["schemas"]["Instant"];
                            } | null;
                            finding?: {
                                /** @enum {string} */
                                result: "upheld" | "not_upheld" | "clarified";
                                note: string;
                                at: components["schemas"]["Instant"];
                                by: components["schemas"]["Actor"];
                            } | null;
                            publishable: boolean;
                            allowedSteps: string[];
                            timeline?: {
                                seq: number;
                                /** @enum {string} */
                                kind: "created" | "rectification_reported" | "rectification_missed" | "outcome_recorded" | "finding_recorded" | "notified";
                                at: components["schemas"]["Instant"];
                                actor?: components["schemas"]["Actor"];
                                data?: {
                                    [key: string]: unknown;
                                };
                            }[];
                        };
                    };
                };
                /** @description invalid input */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description no token, or an unknown or revoked one */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description not this caller’s step on this record */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description no such record, or not one this caller reads */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description not allowed in the record’s current status (names currentStatus and allowedSteps); or the Idempotency-Key was used with another request */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description the body is over 64 KiB */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description this token has used its writes for now (not the admin’s); Retry-After says when to retry */
                429: {
                    headers: {
                        /** @description seconds to wait before asking again */
                        "Retry-After": number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Postgres or Temporal unreachable; try again shortly (after Retry-After, when the ledger is the one away) */
                503: {
                    headers: {
                        /** @description seconds to wait before asking again */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/accountability/{id}/outcome": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * The office records the outcome: rectified, not rectified or escalated; closes the record
         * @description Roles: office, admin.
         */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @description Scoped to the token, kept 24 h. The same request again (method, path, body as parsed JSON) takes the step once and answers the first answer; another request with this key is 409. A refused step (4xx) leaves the key free. */
                    "Idempotency-Key"?: string;
                };
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        result: "rectified" | "not_rectified" | "escalated";
                        note: string;
                    };
                };
            };
            responses: {
                /** @description the record */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            /** @enum {string} */
                            kind: "exposure" | "discipline_letter" | "interview" | "referral";
                            unit: string | null;
                            persons: string[];
                            appeals: string[];
                            text: string;
                            owner: components["schemas"]["Actor"];
                            /** @enum {string} */
                            status: "open" | "reported" | "closed";
                            createdAt: components["schemas"]["Instant"];
                            rectifyBy: components["schemas"]["Instant"] | null;
                            rectification: {
                                text: string;
                                at: components["schemas"]["Instant"];
                                by: components["schemas"]["Actor"];
                            } | null;
                            rectifiedOnTime: boolean | null;
                            outcome: {
                                /** @enum {string} */
                                result: "rectified" | "not_rectified" | "escalated";
                                note: string;
                                at: components["schemas"]["Instant"];
                            } | null;
                            finding?: {
                                /** @enum {string} */
                                result: "upheld" | "not_upheld" | "clarified";
                                note: string;
                                at: components["schemas"]["Instant"];
                                by: components["schemas"]["Actor"];
                            } | null;
                            publishable: boolean;
                            allowedSteps: string[];
                            timeline?: {
                                seq: number;
                                /** @enum {string} */
                                kind: "created" | "rectification_reported" | "rectification_missed" | "outcome_recorded" | "finding_recorded" | "notified";
                                at: components["schemas"]["Instant"];
                                actor?: components["schemas"]["Actor"];
                                data?: {
                                    [key: string]: unknown;
                                };
                            }[];
                        };
                    };
                };
                /** @description invalid input */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description no token, or an unknown or revoked one */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description not this caller’s step on this record */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description no such record, or not one this caller reads */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description not allowed in the record’s current status (names currentStatus and allowedSteps); or the Idempotency-Key was used with another request */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description the body is over 64 KiB */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description this token has used its writes for now (not the admin’s); Retry-After says when to retry */
                429: {
                    headers: {
                        /** @description seconds to wait before asking again */
                        "Retry-After": number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Postgres or Temporal unreachable; try again shortly (after Retry-After, when the ledger is the one away) */
                503: {
                    headers: {
                        /** @description seconds to wait before asking again */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/accountability/{id}/finding": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * The discipline commission records its finding on a referral: upheld, not upheld or clarified (错告澄清)
         * @description Roles: commission.
         */
        post: {
            parameters: {
                query?: never;
                header?: {
                    /** @description Scoped to the token, kept 24 h. The same request again (method, path, body as parsed JSON) takes the step once and answers the first answer; another request with this key is 409. A refused step (4xx) leaves the key free. */
                    "Idempotency-Key"?: string;
                };
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        result: "upheld" | "not_upheld" | "clarified";
                        note: string;
                    };
                };
            };
            responses: {
                /** @description the record */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            /** @enum {string} */
                            kind: "exposure" | "discipline_letter" | "interview" | "referral";
                            unit: string | null;
                            persons: string[];
                            appeals: string[];
                            text: string;
                            owner: components["schemas"]["Actor"];
                            /** @enum {string} */
                            status: "open" | "reported" | "closed";
                            createdAt: components["schemas"]["Instant"];
                            rectifyBy: components["schemas"]["Instant"] | null;
                            rectification: {
                                text: string;
                                at: components["schemas"]["Instant"];
                                by: components["schemas"]["Actor"];
                            } | null;
                            rectifiedOnTime: boolean | null;
                            outcome: {
                                /** @enum {string} */
                                result: "rectified" | "not_rectified" | "escalated";
                                note: string;
                                at: components["schemas"]["Instant"];
                            } | null;
                            finding?: {
                                /** @enum {string} */
                                result: "upheld" | "not_upheld" | "clarified";
                                note: string;
                                at: components["schemas"]["Instant"];
                                by: components["schemas"]["Actor"];
                            } | null;
                            publishable: boolean;
                            allowedSteps: string[];
                            timeline?: {
                                seq: number;
                                /** @enum {string} */
                                kind: "created" | "rectification_reported" | "rectification_missed" | "outcome_recorded" | "finding_recorded" | "notified";
                                at: components["schemas"]["Instant"];
                                actor?: components["schemas"]["Actor"];
                                data?: {
                                    [key: string]: unknown;
                                };
                            }[];
                        };
                    };
                };
                /** @description invalid input */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description no token, or an unknown or revoked one */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description not this caller’s step on this record */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description no such record, or not one this caller reads */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description not allowed in the record’s current status (names currentStatus and allowedSteps); or the Idempotency-Key was used with another request */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description the body is over 64 KiB */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description this token has used its writes for now (not the admin’s); Retry-After says when to retry */
                429: {
                    headers: {
                        /** @description seconds to wait before asking again */
                        "Retry-After": number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Postgres or Temporal unreachable; try again shortly (after Retry-After, when the ledger is the one away) */
                503: {
                    headers: {
                        /** @description seconds to wait before asking again */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/public/accountability": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Referrals the discipline commission found not upheld or clarified (错告澄清), newest first: the unit, the finding, its date and the appeals’ receipt numbers; never a referral without such a finding */
        get: {
            parameters: {
                query?: {
                    from?: string & (unknown & unknown);
                    to?: string & (unknown & unknown);
                    unit?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description {items} */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                unit: string | null;
                                unitName: string | null;
                                /** @enum {string} */
                                finding: "upheld" | "not_upheld" | "clarified";
                                findingLabel: string;
                                foundOn: components["schemas"]["Date"];
                                receiptNumbers: string[];
                            }[];
                        };
                    };
                };
                /** @description invalid query */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description too many requests from this address (Retry-After says when to retry) */
                429: {
                    headers: {
                        /** @description seconds to wait before asking again */
                        "Retry-After": number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Postgres unreachable; try again shortly */
                503: {
                    headers: {
                        /** @description seconds to wait before asking again */
                        "Retry-After"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /** @description RFC 9457 problem details */
        Problem: {
            type: string;
            title: string;
            status: number;
            detail: string;
            errors?: {
                field: string;
                message: string;
            }[];
            currentStatus?: string;
            allowedSteps?: string[];
        };
        Department: {
            code: string;
            name: string;
            /** @enum {string} */
            level: "city_department" | "county" | "park" | "county_department" | "town";
            parent: string | null;
            webhookUrl?: string | null;
            active: boolean;
        };
        /** @description ISO 8601 with milliseconds and the APPEALS_TIMEZONE offset */
        Instant: string;
        /** @description YYYY-MM-DD */
        Date: string;
        Person: {
            id: string;
            name: string;
            unit: string;
            phone?: string | null;
            duties: ("handler" | "case_owner" | "leader")[];
            active: boolean;
            createdAt: components["schemas"]["Instant"];
        };
        /** @description an appeal as its reader may see it (CONTRACT.md §3, "The appeal") */
        Appeal: {
            id: string;
            receiptNumber: string;
            registeredAt: components["schemas"]["Instant"];
            enterprise: {
                name: string;
                creditCode: string;
                contact?: {
                    name: string;
                    phone: string;
                };
            };
            submitter: {
                /** @enum {string} */
                kind: "enterprise" | "experience_officer" | "deputy" | "cppcc_member" | "chamber" | "supervisor" | "third_party";
                name?: string;
                phone?: string;
                organisation?: string;
                wechatOpenId?: string;
            };
            /** @enum {string} */
            channel: "symposium" | "consultation_meeting" | "service_window" | "online_platform" | "wechat_group" | "hotline_12345" | "chamber" | "supervisor" | "visit" | "other";
            unit: string | null;
            category: string;
            title: string;
            description: string;
            disclose: boolean;
            meetingId: string | null;
            /** @enum {string} */
            kind: "problem" | "consultation" | "suggestion";
            /** @enum {string} */
            status: "registered" | "assigned" | "in_progress" | "resolved" | "awaiting_material" | "awaiting_explanation" | "awaiting_decision" | "closed" | "withdrawn";
            round: number;
            answeredOnTheSpot: boolean;
            classification: ("simple" | "general" | "complex") | null;
            timeLimitDays: number | null;
            leadDepartment: string | null;
            coDepartments: string[];
            deadlines: {
                assignBy: components["schemas"]["Instant"] | null;
                pathBy: components["schemas"]["Instant"] | null;
                dueAt: components["schemas"]["Instant"] | null;
                ratingBy: components["schemas"]["Instant"] | null;
                explanationBy: components["schemas"]["Instant"] | null;
                reportBy: components["schemas"]["Instant"] | null;
            };
            overdue: boolean;
            supervised: boolean;
            supervision?: {
                reason: string;
                reportEveryWorkingDays: number | null;
                leaderAssigned: boolean;
            } | null;
            extensions: {
                workingDays: number;
                reason?: string;
                requestedAt: components["schemas"]["Instant"];
                /** @enum {string} */
                decision: "pending" | "approved" | "denied";
                decidedAt?: components["schemas"]["Instant"];
                note?: string;
            }[];
            ratings: {
                round: number;
                /** @enum {string} */
                result: "satisfied" | "basically_satisfied" | "dissatisfied";
                /** @enum {string} */
                method: "phone" | "visit" | "online";
                comment?: string;
                at: components["schemas"]["Instant"];
            }[];
            instructed?: boolean;
            instructions?: {
                by: string;
                text: string;
                at: components["schemas"]["Instant"];
                reportEveryWorkingDays: number | null;
                reportBy: components["schemas"]["Instant"] | null;
            }[];
            contacts?: number;
            taskForce?: {
                reason: string;
                meetingId: string | null;
                at: components["schemas"]["Instant"];
            };
            owner?: string;
            handler?: string;
            delegations?: {
                round: number;
                to: string;
                from: string;
                note: string;
                timeLimitDays: number;
                dueAt: components["schemas"]["Instant"];
                at: components["schemas"]["Instant"];
                reportedAt?: components["schemas"]["Instant"];
                text?: string;
                missed: boolean;
            }[];
            contributions?: {
                round: number;
                department: string;
                dueBy: components["schemas"]["Instant"];
                text?: string;
                at?: components["schemas"]["Instant"];
                missed: boolean;
            }[];
            material?: {
                what: string;
                timeLimitDays: number;
                requestedAt: components["schemas"]["Instant"];
                materialBy: components["schemas"]["Instant"];
                missed: boolean;
            };
            deadlineChanges: {
                from: components["schemas"]["Instant"] | null;
                to: components["schemas"]["Instant"] | null;
                /** @enum {string} */
                because: "assigned" | "classified" | "extension" | "material" | "returned" | "new_round";
                at: components["schemas"]["Instant"];
                workingDays?: number;
            }[];
            mergedInto?: string;
            followers?: {
                appealId: string;
                receiptNumber: string;
                creditCode: string;
                at: components["schemas"]["Instant"];
                phones?: string[];
                rating?: {
                    round: number;
                    /** @enum {string} */
                    result: "satisfied" | "basically_satisfied" | "dissatisfied";
                    /** @enum {string} */
                    method: "phone" | "visit" | "online";
                    comment?: string;
                    at: components["schemas"]["Instant"];
                };
            }[];
            closure: ("satisfied" | "closed_by_office" | "referred" | "unrated" | "merged" | "no_material") | null;
            closureReason: string | null;
            closedAt: components["schemas"]["Instant"] | null;
            followUps: {
                cycle: number;
                n: number;
                scheduledFor: components["schemas"]["Date"];
                dueAt: components["schemas"]["Instant"];
                /** @enum {string} */
                outcome: "pending" | "stable" | "rebound" | "missed" | "cancelled";
                note?: string;
                recordedAt?: components["schemas"]["Instant"];
            }[];
            publication?: {
                /** @enum {string} */
                status: "pending" | "published" | "withheld";
                reason?: string;
                decidedAt?: components["schemas"]["Instant"];
                decidedBy?: {
                    /** @enum {string} */
                    role: "admin" | "office" | "department" | "enterprise" | "leader" | "commission" | "system";
                    tokenId?: string;
                };
            };
            enterpriseFlags?: ("green_card" | "key_project")[];
            timeline?: components["schemas"]["TimelineEvent"][];
        };
        TimelineEvent: {
            /** @enum {string} */
            kind: "registered" | "received" | "acknowledged" | "classified" | "assigned" | "assign_missed" | "returned" | "accepted" | "path_reported" | "path_missed" | "progress_reported" | "contributed" | "contribution_missed" | "escalated" | "note_added" | "contacted" | "instructed" | "instruction_report_missed" | "owner_named" | "handler_named" | "delegated" | "delegate_reported" | "delegation_missed" | "extension_requested" | "extension_approved" | "extension_denied" | "warning" | "overdue" | "supervision_started" | "report_missed" | "resolved" | "answered" | "material_requested" | "material_supplied" | "material_missed" | "merged" | "duplicate_merged" | "reassigned" | "rated" | "rating_reminder" | "explanation_given" | "explanation_missed" | "referred" | "closed" | "withdrawn" | "follow_up_due" | "follow_up_recorded" | "follow_up_missed" | "reopened" | "meeting_noted" | "notified";
            at: components["schemas"]["Instant"];
            round: number;
            actor?: components["schemas"]["Actor"];
            data?: {
                [key: string]: unknown;
            };
        };
        /** @description who took a step */
        Actor: {
            /** @enum {string} */
            role: "admin" | "office" | "department" | "enterprise" | "leader" | "commission" | "system";
            department?: string;
            unit?: string;
            person?: {
                id: string;
                name: string;
            };
        };
        /** @description accepted and still registering; ask again after Retry-After seconds */
        Registering: {
            id: string;
            receiptNumber: string;
            /** @constant */
            status: "registering";
        };
        Figures: {
            received: number;
            enterprises: number;
            resolved: number;
            closed: number;
            satisfied: number;
            closed_by_office: number;
            referred: number;
            unrated: number;
            withdrawn: number;
            open: number;
            overdue: number;
            onTime: number;
            late: number;
            secondAssignments: number;
            referrals: number;
            rebounds: number;
            followUpsDone: number;
            followUpsMissed: number;
            solved: number;
            rated: number;
            ratings: number;
            favourableRatings: number;
            instructed: number;
            answeredOnTheSpot: number;
            merged: number;
            noMaterial: number;
            solveRate: number | null;
            onTimeRate: number | null;
            satisfactionRate: number | null;
            returnVisitRate: number | null;
        };
        FiguresRow: {
            received: number;
            enterprises: number;
            resolved: number;
            closed: number;
            satisfied: number;
            closed_by_office: number;
            referred: number;
            unrated: number;
            withdrawn: number;
            open: number;
            overdue: number;
            onTime: number;
            late: number;
            secondAssignments: number;
            referrals: number;
            rebounds: number;
            followUpsDone: number;
            followUpsMissed: number;
            solved: number;
            rated: number;
            ratings: number;
            favourableRatings: number;
            instructed: number;
            answeredOnTheSpot: number;
            merged: number;
            noMaterial: number;
            solveRate: number | null;
            onTimeRate: number | null;
            satisfactionRate: number | null;
            returnVisitRate: number | null;
            key: string | null;
            label: string;
        };
        /** @description the special report’s figures */
        MeetingFigures: {
            problemsRaised: number;
            collected: number;
            answeredOnTheSpot: number;
            assignedAtTable: number;
            absent: number;
            solved: number;
            inProgress: number;
            solveRate: number | null;
            invited: number;
            registered: number;
            attended: number;
            byDepartment: {
                problemsRaised: number;
                collected: number;
                answeredOnTheSpot: number;
                assignedAtTable: number;
                absent: number;
                solved: number;
                inProgress: number;
                solveRate: number | null;
                department: string | null;
                name: string | null;
            }[];
        };
        FollowView: {
            receiptNumber: string;
            title: string;
            /** @enum {string} */
            status: "registered" | "assigned" | "in_progress" | "resolved" | "awaiting_material" | "awaiting_explanation" | "awaiting_decision" | "closed" | "withdrawn";
            statusLabel: string;
            leadDepartment: string | null;
            leadDepartmentName: string | null;
            deadlines: {
                dueAt: components["schemas"]["Instant"] | null;
                ratingBy: components["schemas"]["Instant"] | null;
            };
            ratingDue: boolean;
            ratings: {
                round: number;
                /** @enum {string} */
                result: "satisfied" | "basically_satisfied" | "dissatisfied";
                resultLabel: string;
                /** @enum {string} */
                method: "phone" | "visit" | "online";
                methodLabel: string;
                comment?: string;
                at: components["schemas"]["Instant"];
            }[];
            closure: ("satisfied" | "closed_by_office" | "referred" | "unrated" | "merged" | "no_material") | null;
            closureLabel: string | null;
            closedAt: components["schemas"]["Instant"] | null;
            openUntil: components["schemas"]["Instant"] | null;
            timeline: {
                /** @enum {string} */
                kind: "registered" | "received" | "acknowledged" | "classified" | "assigned" | "assign_missed" | "returned" | "accepted" | "path_reported" | "path_missed" | "progress_reported" | "contributed" | "contribution_missed" | "escalated" | "note_added" | "contacted" | "instructed" | "instruction_report_missed" | "owner_named" | "handler_named" | "delegated" | "delegate_reported" | "delegation_missed" | "extension_requested" | "extension_approved" | "extension_denied" | "warning" | "overdue" | "supervision_started" | "report_missed" | "resolved" | "answered" | "material_requested" | "material_supplied" | "material_missed" | "merged" | "duplicate_merged" | "reassigned" | "rated" | "rating_reminder" | "explanation_given" | "explanation_missed" | "referred" | "closed" | "withdrawn" | "follow_up_due" | "follow_up_recorded" | "follow_up_missed" | "reopened" | "meeting_noted" | "notified";
                at: components["schemas"]["Instant"];
                round: number;
                data?: {
                    [key: string]: unknown;
                };
                label: string;
            }[];
        };
        MeetingRegistration: {
            enterprise: {
                name: string;
                creditCode: string;
                contact?: {
                    name: string;
                    phone: string;
                };
            };
            problems: {
                category: string;
                title: string;
                description: string;
            }[];
            appealIds: string[] | null;
            registeredAt: components["schemas"]["Instant"];
            /** @enum {string} */
            by: "admin" | "office" | "department" | "enterprise" | "leader" | "commission" | "system";
        };
        MeetingSeries: {
            id: string;
            kind: string;
            title: string;
            theme: string;
            sector: string | null;
            recurrence: string;
            startTime: string;
            announceDaysBefore: number;
            chair: string;
            location: string;
            /** @enum {string} */
            status: "active" | "paused" | "deleted";
            scheduleId: string;
            upcoming: {
                date: components["schemas"]["Date"];
                startsAt: components["schemas"]["Instant"];
                announceAt: components["schemas"]["Instant"];
            }[];
        };
        /** @description a meeting as its reader may see it (README, "Meetings") */
        Meeting: {
            id: string;
            seriesId: string | null;
            /** @enum {string} */
            kind: "symposium" | "consultation_meeting" | "coordination";
            title: string;
            theme: string;
            sector: string | null;
            chair: string;
            location: string;
            /** @enum {string} */
            status: "planned" | "announced" | "registration_closed" | "held" | "follow_up" | "reported" | "cancelled";
            startsAt: components["schemas"]["Instant"];
            announceAt: components["schemas"]["Instant"];
            registrationClosesAt: components["schemas"]["Instant"];
            createdAt: components["schemas"]["Instant"];
            announcedAt: components["schemas"]["Instant"] | null;
            heldAt: components["schemas"]["Instant"] | null;
            minutes?: string | null;
            cancelledAt: components["schemas"]["Instant"] | null;
            cancelReason: string | null;
            invitations: string[];
            registrations: components["schemas"]["MeetingRegistration"][];
            attended: string[];
            appeals: {
                appealId: string;
                receiptNumber: string;
                /** @enum {string} */
                origin: "registered" | "raised" | "linked";
                at: components["schemas"]["Instant"];
                absent: boolean;
                decision: ("answered" | "assigned" | "follow_up") | null;
            }[];
            problems?: {
                appealId: string;
                title: string;
                /** @enum {string} */
                status: "registered" | "assigned" | "in_progress" | "resolved" | "awaiting_material" | "awaiting_explanation" | "awaiting_decision" | "closed" | "withdrawn";
                leadDepartment: string | null;
                leadDepartmentName: string | null;
                coDepartments: string[];
                /** @enum {string} */
                readiness: "unsorted" | "awaiting_acceptance" | "preparing" | "ready" | "finished";
            }[];
            figures: components["schemas"]["MeetingFigures"];
            reportedAt: components["schemas"]["Instant"] | null;
            nextDigestAt: components["schemas"]["Instant"] | null;
            timeline?: components["schemas"]["MeetingEvent"][];
        };
        MeetingEvent: {
            /** @enum {string} */
            kind: "planned" | "announced" | "invited" | "registered" | "registration_closed" | "held" | "appeals_opened" | "decided" | "absent_problems" | "appeal_linked" | "digest" | "reported" | "follow_up_resumed" | "cancelled" | "notified";
            at: components["schemas"]["Instant"];
            actor?: components["schemas"]["Actor"];
            data?: {
                [key: string]: unknown;
            };
        };
        MeetingReport: {
            problemsRaised: number;
            collected: number;
            answeredOnTheSpot: number;
            assignedAtTable: number;
            absent: number;
            solved: number;
            inProgress: number;
            solveRate: number | null;
            invited: number;
            registered: number;
            attended: number;
            byDepartment: {
                problemsRaised: number;
                collected: number;
                answeredOnTheSpot: number;
                assignedAtTable: number;
                absent: number;
                solved: number;
                inProgress: number;
                solveRate: number | null;
                department: string | null;
                name: string | null;
            }[];
            meetingId: string;
            title: string;
            /** @enum {string} */
            kind: "symposium" | "consultation_meeting" | "coordination";
            /** @enum {string} */
            status: "planned" | "announced" | "registration_closed" | "held" | "follow_up" | "reported" | "cancelled";
            startsAt: components["schemas"]["Instant"];
            reportedAt: components["schemas"]["Instant"] | null;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export type operations = Record<string, never>;
