/* snowball-stemmers 0.6.0 (ISC licence: package.json), czech stemmer; split by tools/split-snowball.js. */
(function (S) {
    'use strict';
    var _typeof = S.runtime._typeof;
    var _possibleConstructorReturn = S.runtime._possibleConstructorReturn;
    var _inherits = S.runtime._inherits;
    var _classCallCheck = S.runtime._classCallCheck;
    var _createClass = S.runtime._createClass;
    var _get = S.runtime._get;
    var StringBuffer = S.runtime.StringBuffer;
    var StringBuilder = S.runtime.StringBuilder;
    var Among = S.runtime.Among;
    var SnowballProgram = S.runtime.SnowballProgram;
    var SnowballStemmer = S.runtime.SnowballStemmer;
    var czechStemmer = function (_SnowballStemmer5) {
        _inherits(czechStemmer, _SnowballStemmer5);

        function czechStemmer() {
            _classCallCheck(this, czechStemmer);

            return _possibleConstructorReturn(this, Object.getPrototypeOf(czechStemmer).apply(this, arguments));
        }

        _createClass(czechStemmer, [{
            key: 'r_mark_regions$esjava$0',
            value: function r_mark_regions$esjava$0() {
                var v_1 = undefined;
                this.I_pV = this.limit;
                this.I_p1 = this.limit;
                v_1 = this.cursor;

                lab0: do {
                    golab1: while (true) {
                        lab2: do {
                            if (!this.out_grouping$esjava$3(czechStemmer.g_v, 97, 367)) {
                                break lab2;
                            }

                            break golab1;
                        } while (false);

                        if (this.cursor >= this.limit) {
                            break lab0;
                        }

                        this.cursor++;
                    }

                    this.I_pV = this.cursor;

                    golab3: while (true) {
                        lab4: do {
                            if (!this.out_grouping$esjava$3(czechStemmer.g_v, 97, 367)) {
                                break lab4;
                            }

                            break golab3;
                        } while (false);

                        if (this.cursor >= this.limit) {
                            break lab0;
                        }

                        this.cursor++;
                    }

                    golab5: while (true) {
                        lab6: do {
                            if (!this.in_grouping$esjava$3(czechStemmer.g_v, 97, 367)) {
                                break lab6;
                            }

                            break golab5;
                        } while (false);

                        if (this.cursor >= this.limit) {
                            break lab0;
                        }

                        this.cursor++;
                    }

                    this.I_p1 = this.cursor;
                } while (false);

                this.cursor = v_1;
                return true;
            }
        }, {
            key: 'r_RV$esjava$0',
            value: function r_RV$esjava$0() {
                if (!(this.I_pV <= this.cursor)) {
                    return false;
                }

                return true;
            }
        }, {
            key: 'r_R1$esjava$0',
            value: function r_R1$esjava$0() {
                if (!(this.I_p1 <= this.cursor)) {
                    return false;
                }

                return true;
            }
        }, {
            key: 'r_palatalise$esjava$0',
            value: function r_palatalise$esjava$0() {
                var among_var = undefined;
                this.ket = this.cursor;
                among_var = this.find_among_b$esjava$1(czechStemmer.a_0);

                if (among_var === 0) {
                    return false;
                }

                this.bra = this.cursor;

                if (!this.r_RV$esjava$0()) {
                    return false;
                }

                switch (among_var) {
                    case 0:
                        return false;

                    case 1:
                        this.slice_from$esjava$1("k");
                        break;

                    case 2:
                        this.slice_from$esjava$1("h");
                        break;

                    case 3:
                        this.slice_from$esjava$1("ck");
                        break;

                    case 4:
                        this.slice_from$esjava$1("sk");
                        break;
                }

                return true;
            }
        }, {
            key: 'r_do_possessive$esjava$0',
            value: function r_do_possessive$esjava$0() {
                var among_var = undefined;
                var v_1 = undefined;
                this.ket = this.cursor;
                among_var = this.find_among_b$esjava$1(czechStemmer.a_1);

                if (among_var === 0) {
                    return false;
                }

                this.bra = this.cursor;

                if (!this.r_RV$esjava$0()) {
                    return false;
                }

                switch (among_var) {
                    case 0:
                        return false;

                    case 1:
                        this.slice_del$esjava$0();
                        break;

                    case 2:
                        this.slice_del$esjava$0();
                        v_1 = this.limit - this.cursor;

                        lab0: do {
                            if (!this.r_palatalise$esjava$0()) {
                                this.cursor = this.limit - v_1;
                                break lab0;
                            }
                        } while (false);

                        break;
                }

                return true;
            }
        }, {
            key: 'r_do_case$esjava$0',
            value: function r_do_case$esjava$0() {
                var among_var = undefined;
                var v_1 = undefined;
                var v_2 = undefined;
                this.ket = this.cursor;
                among_var = this.find_among_b$esjava$1(czechStemmer.a_2);

                if (among_var === 0) {
                    return false;
                }

                this.bra = this.cursor;

                switch (among_var) {
                    case 0:
                        return false;

                    case 1:
                        this.slice_del$esjava$0();
                        break;

                    case 2:
                        this.slice_del$esjava$0();
                        v_1 = this.limit - this.cursor;

                        lab0: do {
                            if (!this.r_palatalise$esjava$0()) {
                                this.cursor = this.limit - v_1;
                                break lab0;
                            }
                        } while (false);

                        break;

                    case 3:
                        this.slice_from$esjava$1("e");
                        v_2 = this.limit - this.cursor;

                        lab1: do {
                            if (!this.r_palatalise$esjava$0()) {
                                this.cursor = this.limit - v_2;
                                break lab1;
                            }
                        } while (false);

                        break;
                }

                return true;
            }
        }, {
            key: 'r_do_derivational$esjava$0',
            value: function r_do_derivational$esjava$0() {
                var among_var = undefined;
                this.ket = this.cursor;
                among_var = this.find_among_b$esjava$1(czechStemmer.a_3);

                if (among_var === 0) {
                    return false;
                }

                this.bra = this.cursor;

                if (!this.r_R1$esjava$0()) {
                    return false;
                }

                switch (among_var) {
                    case 0:
                        return false;

                    case 1:
                        this.slice_del$esjava$0();
                        break;

                    case 2:
                        this.slice_from$esjava$1("i");

                        if (!this.r_palatalise$esjava$0()) {
                            return false;
                        }

                        break;

                    case 3:
                        this.slice_from$esjava$1("e");

                        if (!this.r_palatalise$esjava$0()) {
                            return false;
                        }

                        break;

                    case 4:
                        this.slice_from$esjava$1('\u00E9');

                        if (!this.r_palatalise$esjava$0()) {
                            return false;
                        }

                        break;

                    case 5:
                        this.slice_from$esjava$1('\u011B');

                        if (!this.r_palatalise$esjava$0()) {
                            return false;
                        }

                        break;

                    case 6:
                        this.slice_from$esjava$1('\u00ED');

                        if (!this.r_palatalise$esjava$0()) {
                            return false;
                        }

                        break;
                }

                return true;
            }
        }, {
            key: 'r_do_deriv_single$esjava$0',
            value: function r_do_deriv_single$esjava$0() {
                var among_var = undefined;
                this.ket = this.cursor;
                among_var = this.find_among_b$esjava$1(czechStemmer.a_4);

                if (among_var === 0) {
                    return false;
                }

                this.bra = this.cursor;

                switch (among_var) {
                    case 0:
                        return false;

                    case 1:
                        this.slice_del$esjava$0();
                        break;
                }

                return true;
            }
        }, {
            key: 'r_do_augmentative$esjava$0',
            value: function r_do_augmentative$esjava$0() {
                var among_var = undefined;
                this.ket = this.cursor;
                among_var = this.find_among_b$esjava$1(czechStemmer.a_5);

                if (among_var === 0) {
                    return false;
                }

                this.bra = this.cursor;

                switch (among_var) {
                    case 0:
                        return false;

                    case 1:
                        this.slice_del$esjava$0();
                        break;

                    case 2:
                        this.slice_from$esjava$1("i");

                        if (!this.r_palatalise$esjava$0()) {
                            return false;
                        }

                        break;
                }

                return true;
            }
        }, {
            key: 'r_do_diminutive$esjava$0',
            value: function r_do_diminutive$esjava$0() {
                var among_var = undefined;
                this.ket = this.cursor;
                among_var = this.find_among_b$esjava$1(czechStemmer.a_6);

                if (among_var === 0) {
                    return false;
                }

                this.bra = this.cursor;

                switch (among_var) {
                    case 0:
                        return false;

                    case 1:
                        this.slice_del$esjava$0();
                        break;

                    case 2:
                        this.slice_from$esjava$1("e");

                        if (!this.r_palatalise$esjava$0()) {
                            return false;
                        }

                        break;

                    case 3:
                        this.slice_from$esjava$1('\u00E9');

                        if (!this.r_palatalise$esjava$0()) {
                            return false;
                        }

                        break;

                    case 4:
                        this.slice_from$esjava$1("i");

                        if (!this.r_palatalise$esjava$0()) {
                            return false;
                        }

                        break;

                    case 5:
                        this.slice_from$esjava$1('\u00ED');

                        if (!this.r_palatalise$esjava$0()) {
                            return false;
                        }

                        break;

                    case 6:
                        this.slice_from$esjava$1('\u00E1');
                        break;

                    case 7:
                        this.slice_from$esjava$1("a");
                        break;

                    case 8:
                        this.slice_from$esjava$1("o");
                        break;

                    case 9:
                        this.slice_from$esjava$1("u");
                        break;
                }

                return true;
            }
        }, {
            key: 'r_do_comparative$esjava$0',
            value: function r_do_comparative$esjava$0() {
                var among_var = undefined;
                this.ket = this.cursor;
                among_var = this.find_among_b$esjava$1(czechStemmer.a_7);

                if (among_var === 0) {
                    return false;
                }

                this.bra = this.cursor;

                switch (among_var) {
                    case 0:
                        return false;

                    case 1:
                        this.slice_from$esjava$1('\u011B');

                        if (!this.r_palatalise$esjava$0()) {
                            return false;
                        }

                        break;

                    case 2:
                        this.slice_from$esjava$1("e");

                        if (!this.r_palatalise$esjava$0()) {
                            return false;
                        }

                        break;
                }

                return true;
            }
        }, {
            key: 'r_do_aggressive$esjava$0',
            value: function r_do_aggressive$esjava$0() {
                var v_1 = undefined;
                var v_2 = undefined;
                var v_3 = undefined;
                var v_4 = undefined;
                v_1 = this.limit - this.cursor;

                lab0: do {
                    if (!this.r_do_comparative$esjava$0()) {
                        break lab0;
                    }
                } while (false);

                this.cursor = this.limit - v_1;
                v_2 = this.limit - this.cursor;

                lab1: do {
                    if (!this.r_do_diminutive$esjava$0()) {
                        break lab1;
                    }
                } while (false);

                this.cursor = this.limit - v_2;
                v_3 = this.limit - this.cursor;

                lab2: do {
                    if (!this.r_do_augmentative$esjava$0()) {
                        break lab2;
                    }
                } while (false);

                this.cursor = this.limit - v_3;

                lab3: do {
                    v_4 = this.limit - this.cursor;

                    lab4: do {
                        if (!this.r_do_derivational$esjava$0()) {
                            break lab4;
                        }

                        break lab3;
                    } while (false);

                    this.cursor = this.limit - v_4;

                    if (!this.r_do_deriv_single$esjava$0()) {
                        return false;
                    }
                } while (false);

                return true;
            }
        }, {
            key: 'stem$esjava$0',
            value: function stem$esjava$0() {
                var v_1 = undefined;
                v_1 = this.cursor;

                lab0: do {
                    if (!this.r_mark_regions$esjava$0()) {
                        break lab0;
                    }
                } while (false);

                this.cursor = v_1;
                this.limit_backward = this.cursor;
                this.cursor = this.limit;

                if (!this.r_do_case$esjava$0()) {
                    return false;
                }

                if (!this.r_do_possessive$esjava$0()) {
                    return false;
                }

                if (!this.r_do_aggressive$esjava$0()) {
                    return false;
                }

                this.cursor = this.limit_backward;
                return true;
            }
        }, {
            key: 'stem',
            value: function stem() {
                var _get29;

                for (var _len28 = arguments.length, args = Array(_len28), _key28 = 0; _key28 < _len28; _key28++) {
                    args[_key28] = arguments[_key28];
                }

                switch (args.length) {
                    case 0:
                        return this.stem$esjava$0.apply(this, args);
                }

                return (_get29 = _get(Object.getPrototypeOf(czechStemmer.prototype), 'stem', this)).call.apply(_get29, [this].concat(args));
            }
        }, {
            key: 'I_p1',
            get: function get() {
                return Object.prototype.hasOwnProperty.call(this, '_$esjava$I_p1') ? this._$esjava$I_p1 : this._$esjava$I_p1 = 0;
            },
            set: function set(v) {
                this._$esjava$I_p1 = v;
            }
        }, {
            key: 'I_pV',
            get: function get() {
                return Object.prototype.hasOwnProperty.call(this, '_$esjava$I_pV') ? this._$esjava$I_pV : this._$esjava$I_pV = 0;
            },
            set: function set(v) {
                this._$esjava$I_pV = v;
            }
        }], [{
            key: 'a_0',
            get: function get() {
                delete czechStemmer.a_0;
                return czechStemmer.a_0 = [new Among("ce", -1, 1), new Among("ze", -1, 2), new Among('\u017Ee', -1, 2), new Among("ci", -1, 1), new Among('\u010Dti', -1, 3), new Among('\u0161ti', -1, 4), new Among("zi", -1, 2), new Among('\u010Di', -1, 1), new Among('\u017Ei', -1, 2), new Among('\u010Dt\u00E9', -1, 3), new Among('\u0161t\u00E9', -1, 4), new Among('\u010D', -1, 1), new Among('\u010Dt\u011B', -1, 3), new Among('\u0161t\u011B', -1, 4)];
            }
        }, {
            key: 'a_1',
            get: function get() {
                delete czechStemmer.a_1;
                return czechStemmer.a_1 = [new Among("in", -1, 2), new Among("ov", -1, 1), new Among('\u016Fv', -1, 1)];
            }
        }, {
            key: 'a_2',
            get: function get() {
                delete czechStemmer.a_2;
                return czechStemmer.a_2 = [new Among("a", -1, 1), new Among("ama", 0, 1), new Among("ata", 0, 1), new Among("e", -1, 2), new Among('\u011Bte', 3, 2), new Among("ech", -1, 2), new Among("atech", 5, 1), new Among("ich", -1, 2), new Among('\u00E1ch', -1, 1), new Among('\u00EDch', -1, 2), new Among('\u00FDch', -1, 1), new Among("i", -1, 2), new Among("mi", 11, 1), new Among("ami", 12, 1), new Among("emi", 12, 2), new Among('\u00EDmi', 12, 2), new Among('\u00FDmi', 12, 1), new Among('\u011Bmi', 12, 2), new Among('\u011Bti', 11, 2), new Among("ovi", 11, 1), new Among("em", -1, 3), new Among('\u011Btem', 20, 1), new Among('\u00E1m', -1, 1), new Among('\u00E9m', -1, 2), new Among('\u00EDm', -1, 2), new Among('\u00FDm', -1, 1), new Among('at\u016Fm', -1, 1), new Among("o", -1, 1), new Among("iho", 27, 2), new Among('\u00E9ho', 27, 2), new Among('\u00EDho', 27, 2), new Among("es", -1, 2), new Among("os", -1, 1), new Among("us", -1, 1), new Among("at", -1, 1), new Among("u", -1, 1), new Among("imu", 35, 2), new Among('\u00E9mu', 35, 2), new Among("ou", 35, 1), new Among("y", -1, 1), new Among("aty", 39, 1), new Among('\u00E1', -1, 1), new Among('\u00E9', -1, 1), new Among('ov\u00E9', 42, 1), new Among('\u00ED', -1, 2), new Among('\u00FD', -1, 1), new Among('\u011B', -1, 2), new Among('\u016F', -1, 1)];
            }
        }, {
            key: 'a_3',
            get: function get() {
                delete czechStemmer.a_3;
                return czechStemmer.a_3 = [new Among("ob", -1, 1), new Among("itb", -1, 2), new Among("ec", -1, 3), new Among("inec", 2, 2), new Among("obinec", 3, 1), new Among("ovec", 2, 1), new Among("ic", -1, 2), new Among("enic", 6, 3), new Among("och", -1, 1), new Among('\u00E1sek', -1, 1), new Among("nk", -1, 1), new Among("isk", -1, 2), new Among("ovisk", 11, 1), new Among("tk", -1, 1), new Among("vk", -1, 1), new Among('n\u00EDk', -1, 1), new Among('ovn\u00EDk', 15, 1), new Among('ov\u00EDk', -1, 1), new Among('\u010Dk', -1, 1), new Among('i\u0161k', -1, 2), new Among('u\u0161k', -1, 1), new Among("dl", -1, 1), new Among("itel", -1, 2), new Among("ul", -1, 1), new Among("an", -1, 1), new Among('\u010Dan', 24, 1), new Among("en", -1, 3), new Among("in", -1, 2), new Among('\u0161tin', 27, 1), new Among("ovin", 27, 1), new Among("teln", -1, 1), new Among('\u00E1rn', -1, 1), new Among('\u00EDrn', -1, 6), new Among("oun", -1, 1), new Among("loun", 33, 1), new Among("ovn", -1, 1), new Among("yn", -1, 1), new Among("kyn", 36, 1), new Among('\u00E1n', -1, 1), new Among('i\u00E1n', 38, 2), new Among('\u00EDn', -1, 6), new Among('\u010Dn', -1, 1), new Among('\u011Bn', -1, 5), new Among("as", -1, 1), new Among("it", -1, 2), new Among("ot", -1, 1), new Among("ist", -1, 2), new Among("ost", -1, 1), new Among("nost", 47, 1), new Among("out", -1, 1), new Among('ovi\u0161t', -1, 1), new Among("iv", -1, 2), new Among("ov", -1, 1), new Among("tv", -1, 1), new Among("ctv", 53, 1), new Among("stv", 53, 1), new Among("ovstv", 55, 1), new Among("ovtv", 53, 1), new Among('a\u010D', -1, 1), new Among('\u00E1\u010D', -1, 1), new Among('o\u0148', -1, 1), new Among('\u00E1\u0159', -1, 1), new Among('k\u00E1\u0159', 61, 1), new Among('ion\u00E1\u0159', 61, 2), new Among('\u00E9\u0159', -1, 4), new Among('n\u00E9\u0159', 64, 1), new Among('\u00ED\u0159', -1, 6), new Among('ou\u0161', -1, 1)];
            }
        }, {
            key: 'a_4',
            get: function get() {
                delete czechStemmer.a_4;
                return czechStemmer.a_4 = [new Among("c", -1, 1), new Among("k", -1, 1), new Among("l", -1, 1), new Among("n", -1, 1), new Among("t", -1, 1), new Among('\u010D', -1, 1)];
            }
        }, {
            key: 'a_5',
            get: function get() {
                delete czechStemmer.a_5;
                return czechStemmer.a_5 = [new Among("isk", -1, 2), new Among('\u00E1k', -1, 1), new Among("izn", -1, 2), new Among("ajzn", -1, 1)];
            }
        }, {
            key: 'a_6',
            get: function get() {
                delete czechStemmer.a_6;
                return czechStemmer.a_6 = [new Among("k", -1, 1), new Among("ak", 0, 7), new Among("ek", 0, 2), new Among("anek", 2, 1), new Among("enek", 2, 2), new Among("inek", 2, 4), new Among("onek", 2, 1), new Among("unek", 2, 1), new Among('\u00E1nek', 2, 1), new Among('a\u010Dek', 2, 1), new Among('e\u010Dek', 2, 2), new Among('i\u010Dek', 2, 4), new Among('o\u010Dek', 2, 1), new Among('u\u010Dek', 2, 1), new Among('\u00E1\u010Dek', 2, 1), new Among('\u00E9\u010Dek', 2, 3), new Among('\u00ED\u010Dek', 2, 5), new Among('ou\u0161ek', 2, 1), new Among("ik", 0, 4), new Among("ank", 0, 1), new Among("enk", 0, 1), new Among("ink", 0, 1), new Among("onk", 0, 1), new Among("unk", 0, 1), new Among('\u00E1nk', 0, 1), new Among('\u00E9nk', 0, 1), new Among('\u00EDnk', 0, 1), new Among("ok", 0, 8), new Among('\u00E1tk', 0, 1), new Among("uk", 0, 9), new Among('\u00E1k', 0, 6), new Among('\u00E9k', 0, 3), new Among('\u00EDk', 0, 5), new Among('a\u010Dk', 0, 1), new Among('e\u010Dk', 0, 1), new Among('i\u010Dk', 0, 1), new Among('o\u010Dk', 0, 1), new Among('u\u010Dk', 0, 1), new Among('\u00E1\u010Dk', 0, 1), new Among('\u00E9\u010Dk', 0, 1), new Among('\u00ED\u010Dk', 0, 1), new Among('u\u0161k', 0, 1)];
            }
        }, {
            key: 'a_7',
            get: function get() {
                delete czechStemmer.a_7;
                return czechStemmer.a_7 = [new Among('ej\u0161', -1, 2), new Among('\u011Bj\u0161', -1, 1)];
            }
        }, {
            key: 'g_v',
            get: function get() {
                delete czechStemmer.g_v;
                return czechStemmer.g_v = [17, 65, 16, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 17, 4, 18, 0, 0, 0, 4, 0, 0, 0, 0, 0, 0, 0, 0, 0, 64];
            }
        }]);

        return czechStemmer;
    }(SnowballStemmer);
    S.algorithms.czech = czechStemmer;
})(cphubSnowball);
