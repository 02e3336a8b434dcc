/* snowball-stemmers 0.6.0 (ISC licence: package.json), armenian stemmer; split by tools/split-snowball.js. */
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
    var armenianStemmer = function (_SnowballStemmer2) {
        _inherits(armenianStemmer, _SnowballStemmer2);

        function armenianStemmer() {
            _classCallCheck(this, armenianStemmer);

            return _possibleConstructorReturn(this, Object.getPrototypeOf(armenianStemmer).apply(this, arguments));
        }

        _createClass(armenianStemmer, [{
            key: 'r_mark_regions$esjava$0',
            value: function r_mark_regions$esjava$0() {
                var v_1 = undefined;
                this.I_pV = this.limit;
                this.I_p2 = this.limit;
                v_1 = this.cursor;

                lab0: do {
                    golab1: while (true) {
                        lab2: do {
                            if (!this.in_grouping$esjava$3(armenianStemmer.g_v, 1377, 1413)) {
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
                            if (!this.out_grouping$esjava$3(armenianStemmer.g_v, 1377, 1413)) {
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
                            if (!this.in_grouping$esjava$3(armenianStemmer.g_v, 1377, 1413)) {
                                break lab6;
                            }

                            break golab5;
                        } while (false);

                        if (this.cursor >= this.limit) {
                            break lab0;
                        }

                        this.cursor++;
                    }

                    golab7: while (true) {
                        lab8: do {
                            if (!this.out_grouping$esjava$3(armenianStemmer.g_v, 1377, 1413)) {
                                break lab8;
                            }

                            break golab7;
                        } while (false);

                        if (this.cursor >= this.limit) {
                            break lab0;
                        }

                        this.cursor++;
                    }

                    this.I_p2 = this.cursor;
                } while (false);

                this.cursor = v_1;
                return true;
            }
        }, {
            key: 'r_R2$esjava$0',
            value: function r_R2$esjava$0() {
                if (!(this.I_p2 <= this.cursor)) {
                    return false;
                }

                return true;
            }
        }, {
            key: 'r_adjective$esjava$0',
            value: function r_adjective$esjava$0() {
                var among_var = undefined;
                this.ket = this.cursor;
                among_var = this.find_among_b$esjava$1(armenianStemmer.a_0);

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
            key: 'r_verb$esjava$0',
            value: function r_verb$esjava$0() {
                var among_var = undefined;
                this.ket = this.cursor;
                among_var = this.find_among_b$esjava$1(armenianStemmer.a_1);

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
            key: 'r_noun$esjava$0',
            value: function r_noun$esjava$0() {
                var among_var = undefined;
                this.ket = this.cursor;
                among_var = this.find_among_b$esjava$1(armenianStemmer.a_2);

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
            key: 'r_ending$esjava$0',
            value: function r_ending$esjava$0() {
                var among_var = undefined;
                this.ket = this.cursor;
                among_var = this.find_among_b$esjava$1(armenianStemmer.a_3);

                if (among_var === 0) {
                    return false;
                }

                this.bra = this.cursor;

                if (!this.r_R2$esjava$0()) {
                    return false;
                }

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
            key: 'stem$esjava$0',
            value: function stem$esjava$0() {
                var v_1 = undefined;
                var v_2 = undefined;
                var v_3 = undefined;
                var v_4 = undefined;
                var v_5 = undefined;
                var v_6 = undefined;
                var v_7 = undefined;
                v_1 = this.cursor;

                lab0: do {
                    if (!this.r_mark_regions$esjava$0()) {
                        break lab0;
                    }
                } while (false);

                this.cursor = v_1;
                this.limit_backward = this.cursor;
                this.cursor = this.limit;
                v_2 = this.limit - this.cursor;

                if (this.cursor < this.I_pV) {
                    return false;
                }

                this.cursor = this.I_pV;
                v_3 = this.limit_backward;
                this.limit_backward = this.cursor;
                this.cursor = this.limit - v_2;
                v_4 = this.limit - this.cursor;

                lab1: do {
                    if (!this.r_ending$esjava$0()) {
                        break lab1;
                    }
                } while (false);

                this.cursor = this.limit - v_4;
                v_5 = this.limit - this.cursor;

                lab2: do {
                    if (!this.r_verb$esjava$0()) {
                        break lab2;
                    }
                } while (false);

                this.cursor = this.limit - v_5;
                v_6 = this.limit - this.cursor;

                lab3: do {
                    if (!this.r_adjective$esjava$0()) {
                        break lab3;
                    }
                } while (false);

                this.cursor = this.limit - v_6;
                v_7 = this.limit - this.cursor;

                lab4: do {
                    if (!this.r_noun$esjava$0()) {
                        break lab4;
                    }
                } while (false);

                this.cursor = this.limit - v_7;
                this.limit_backward = v_3;
                this.cursor = this.limit_backward;
                return true;
            }
        }, {
            key: 'stem',
            value: function stem() {
                var _get26;

                for (var _len25 = arguments.length, args = Array(_len25), _key25 = 0; _key25 < _len25; _key25++) {
                    args[_key25] = arguments[_key25];
                }

                switch (args.length) {
                    case 0:
                        return this.stem$esjava$0.apply(this, args);
                }

                return (_get26 = _get(Object.getPrototypeOf(armenianStemmer.prototype), 'stem', this)).call.apply(_get26, [this].concat(args));
            }
        }, {
            key: 'I_p2',
            get: function get() {
                return Object.prototype.hasOwnProperty.call(this, '_$esjava$I_p2') ? this._$esjava$I_p2 : this._$esjava$I_p2 = 0;
            },
            set: function set(v) {
                this._$esjava$I_p2 = v;
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
                delete armenianStemmer.a_0;
                return armenianStemmer.a_0 = [new Among('\u0580\u0578\u0580\u0564', -1, 1), new Among('\u0565\u0580\u0578\u0580\u0564', 0, 1), new Among('\u0561\u056C\u056B', -1, 1), new Among('\u0561\u056F\u056B', -1, 1), new Among('\u0578\u0580\u0561\u056F', -1, 1), new Among('\u0565\u0572', -1, 1), new Among('\u0561\u056F\u0561\u0576', -1, 1), new Among('\u0561\u0580\u0561\u0576', -1, 1), new Among('\u0565\u0576', -1, 1), new Among('\u0565\u056F\u0565\u0576', 8, 1), new Among('\u0565\u0580\u0565\u0576', 8, 1), new Among('\u0578\u0580\u0567\u0576', -1, 1), new Among('\u056B\u0576', -1, 1), new Among('\u0563\u056B\u0576', 12, 1), new Among('\u0578\u057E\u056B\u0576', 12, 1), new Among('\u056C\u0561\u0575\u0576', -1, 1), new Among('\u057E\u0578\u0582\u0576', -1, 1), new Among('\u057A\u0565\u057D', -1, 1), new Among('\u056B\u057E', -1, 1), new Among('\u0561\u057F', -1, 1), new Among('\u0561\u057E\u0565\u057F', -1, 1), new Among('\u056F\u0578\u057F', -1, 1), new Among('\u0562\u0561\u0580', -1, 1)];
            }
        }, {
            key: 'a_1',
            get: function get() {
                delete armenianStemmer.a_1;
                return armenianStemmer.a_1 = [new Among('\u0561', -1, 1), new Among('\u0561\u0581\u0561', 0, 1), new Among('\u0565\u0581\u0561', 0, 1), new Among('\u057E\u0565', -1, 1), new Among('\u0561\u0581\u0580\u056B', -1, 1), new Among('\u0561\u0581\u056B', -1, 1), new Among('\u0565\u0581\u056B', -1, 1), new Among('\u057E\u0565\u0581\u056B', 6, 1), new Among('\u0561\u056C', -1, 1), new Among('\u0568\u0561\u056C', 8, 1), new Among('\u0561\u0576\u0561\u056C', 8, 1), new Among('\u0565\u0576\u0561\u056C', 8, 1), new Among('\u0561\u0581\u0576\u0561\u056C', 8, 1), new Among('\u0565\u056C', -1, 1), new Among('\u0568\u0565\u056C', 13, 1), new Among('\u0576\u0565\u056C', 13, 1), new Among('\u0581\u0576\u0565\u056C', 15, 1), new Among('\u0565\u0581\u0576\u0565\u056C', 16, 1), new Among('\u0579\u0565\u056C', 13, 1), new Among('\u057E\u0565\u056C', 13, 1), new Among('\u0561\u0581\u057E\u0565\u056C', 19, 1), new Among('\u0565\u0581\u057E\u0565\u056C', 19, 1), new Among('\u057F\u0565\u056C', 13, 1), new Among('\u0561\u057F\u0565\u056C', 22, 1), new Among('\u0578\u057F\u0565\u056C', 22, 1), new Among('\u056F\u0578\u057F\u0565\u056C', 24, 1), new Among('\u057E\u0561\u056E', -1, 1), new Among('\u0578\u0582\u0574', -1, 1), new Among('\u057E\u0578\u0582\u0574', 27, 1), new Among('\u0561\u0576', -1, 1), new Among('\u0581\u0561\u0576', 29, 1), new Among('\u0561\u0581\u0561\u0576', 30, 1), new Among('\u0561\u0581\u0580\u056B\u0576', -1, 1), new Among('\u0561\u0581\u056B\u0576', -1, 1), new Among('\u0565\u0581\u056B\u0576', -1, 1), new Among('\u057E\u0565\u0581\u056B\u0576', 34, 1), new Among('\u0561\u056C\u056B\u057D', -1, 1), new Among('\u0565\u056C\u056B\u057D', -1, 1), new Among('\u0561\u057E', -1, 1), new Among('\u0561\u0581\u0561\u057E', 38, 1), new Among('\u0565\u0581\u0561\u057E', 38, 1), new Among('\u0561\u056C\u0578\u057E', -1, 1), new Among('\u0565\u056C\u0578\u057E', -1, 1), new Among('\u0561\u0580', -1, 1), new Among('\u0561\u0581\u0561\u0580', 43, 1), new Among('\u0565\u0581\u0561\u0580', 43, 1), new Among('\u0561\u0581\u0580\u056B\u0580', -1, 1), new Among('\u0561\u0581\u056B\u0580', -1, 1), new Among('\u0565\u0581\u056B\u0580', -1, 1), new Among('\u057E\u0565\u0581\u056B\u0580', 48, 1), new Among('\u0561\u0581', -1, 1), new Among('\u0565\u0581', -1, 1), new Among('\u0561\u0581\u0580\u0565\u0581', 51, 1), new Among('\u0561\u056C\u0578\u0582\u0581', -1, 1), new Among('\u0565\u056C\u0578\u0582\u0581', -1, 1), new Among('\u0561\u056C\u0578\u0582', -1, 1), new Among('\u0565\u056C\u0578\u0582', -1, 1), new Among('\u0561\u0584', -1, 1), new Among('\u0581\u0561\u0584', 57, 1), new Among('\u0561\u0581\u0561\u0584', 58, 1), new Among('\u0561\u0581\u0580\u056B\u0584', -1, 1), new Among('\u0561\u0581\u056B\u0584', -1, 1), new Among('\u0565\u0581\u056B\u0584', -1, 1), new Among('\u057E\u0565\u0581\u056B\u0584', 62, 1), new Among('\u0561\u0576\u0584', -1, 1), new Among('\u0581\u0561\u0576\u0584', 64, 1), new Among('\u0561\u0581\u0561\u0576\u0584', 65, 1), new Among('\u0561\u0581\u0580\u056B\u0576\u0584', -1, 1), new Among('\u0561\u0581\u056B\u0576\u0584', -1, 1), new Among('\u0565\u0581\u056B\u0576\u0584', -1, 1), new Among('\u057E\u0565\u0581\u056B\u0576\u0584', 69, 1)];
            }
        }, {
            key: 'a_2',
            get: function get() {
                delete armenianStemmer.a_2;
                return armenianStemmer.a_2 = [new Among('\u0578\u0580\u0564', -1, 1), new Among('\u0578\u0582\u0575\u0569', -1, 1), new Among('\u0578\u0582\u0570\u056B', -1, 1), new Among('\u0581\u056B', -1, 1), new Among('\u056B\u056C', -1, 1), new Among('\u0561\u056F', -1, 1), new Among('\u0575\u0561\u056F', 5, 1), new Among('\u0561\u0576\u0561\u056F', 5, 1), new Among('\u056B\u056F', -1, 1), new Among('\u0578\u0582\u056F', -1, 1), new Among('\u0561\u0576', -1, 1), new Among('\u057A\u0561\u0576', 10, 1), new Among('\u057D\u057F\u0561\u0576', 10, 1), new Among('\u0561\u0580\u0561\u0576', 10, 1), new Among('\u0565\u0572\u0567\u0576', -1, 1), new Among('\u0575\u0578\u0582\u0576', -1, 1), new Among('\u0578\u0582\u0569\u0575\u0578\u0582\u0576', 15, 1), new Among('\u0561\u056E\u0578', -1, 1), new Among('\u056B\u0579', -1, 1), new Among('\u0578\u0582\u057D', -1, 1), new Among('\u0578\u0582\u057D\u057F', -1, 1), new Among('\u0563\u0561\u0580', -1, 1), new Among('\u057E\u0578\u0580', -1, 1), new Among('\u0561\u057E\u0578\u0580', 22, 1), new Among('\u0578\u0581', -1, 1), new Among('\u0561\u0576\u0585\u0581', -1, 1), new Among('\u0578\u0582', -1, 1), new Among('\u0584', -1, 1), new Among('\u0579\u0565\u0584', 27, 1), new Among('\u056B\u0584', 27, 1), new Among('\u0561\u056C\u056B\u0584', 29, 1), new Among('\u0561\u0576\u056B\u0584', 29, 1), new Among('\u057E\u0561\u056E\u0584', 27, 1), new Among('\u0578\u0582\u0575\u0584', 27, 1), new Among('\u0565\u0576\u0584', 27, 1), new Among('\u0578\u0576\u0584', 27, 1), new Among('\u0578\u0582\u0576\u0584', 27, 1), new Among('\u0574\u0578\u0582\u0576\u0584', 36, 1), new Among('\u056B\u0579\u0584', 27, 1), new Among('\u0561\u0580\u0584', 27, 1)];
            }
        }, {
            key: 'a_3',
            get: function get() {
                delete armenianStemmer.a_3;
                return armenianStemmer.a_3 = [new Among('\u057D\u0561', -1, 1), new Among('\u057E\u0561', -1, 1), new Among('\u0561\u0574\u0562', -1, 1), new Among('\u0564', -1, 1), new Among('\u0561\u0576\u0564', 3, 1), new Among('\u0578\u0582\u0569\u0575\u0561\u0576\u0564', 4, 1), new Among('\u057E\u0561\u0576\u0564', 4, 1), new Among('\u0578\u057B\u0564', 3, 1), new Among('\u0565\u0580\u0564', 3, 1), new Among('\u0576\u0565\u0580\u0564', 8, 1), new Among('\u0578\u0582\u0564', 3, 1), new Among('\u0568', -1, 1), new Among('\u0561\u0576\u0568', 11, 1), new Among('\u0578\u0582\u0569\u0575\u0561\u0576\u0568', 12, 1), new Among('\u057E\u0561\u0576\u0568', 12, 1), new Among('\u0578\u057B\u0568', 11, 1), new Among('\u0565\u0580\u0568', 11, 1), new Among('\u0576\u0565\u0580\u0568', 16, 1), new Among('\u056B', -1, 1), new Among('\u057E\u056B', 18, 1), new Among('\u0565\u0580\u056B', 18, 1), new Among('\u0576\u0565\u0580\u056B', 20, 1), new Among('\u0561\u0576\u0578\u0582\u0574', -1, 1), new Among('\u0565\u0580\u0578\u0582\u0574', -1, 1), new Among('\u0576\u0565\u0580\u0578\u0582\u0574', 23, 1), new Among('\u0576', -1, 1), new Among('\u0561\u0576', 25, 1), new Among('\u0578\u0582\u0569\u0575\u0561\u0576', 26, 1), new Among('\u057E\u0561\u0576', 26, 1), new Among('\u056B\u0576', 25, 1), new Among('\u0565\u0580\u056B\u0576', 29, 1), new Among('\u0576\u0565\u0580\u056B\u0576', 30, 1), new Among('\u0578\u0582\u0569\u0575\u0561\u0576\u0576', 25, 1), new Among('\u0565\u0580\u0576', 25, 1), new Among('\u0576\u0565\u0580\u0576', 33, 1), new Among('\u0578\u0582\u0576', 25, 1), new Among('\u0578\u057B', -1, 1), new Among('\u0578\u0582\u0569\u0575\u0561\u0576\u057D', -1, 1), new Among('\u057E\u0561\u0576\u057D', -1, 1), new Among('\u0578\u057B\u057D', -1, 1), new Among('\u0578\u057E', -1, 1), new Among('\u0561\u0576\u0578\u057E', 40, 1), new Among('\u057E\u0578\u057E', 40, 1), new Among('\u0565\u0580\u0578\u057E', 40, 1), new Among('\u0576\u0565\u0580\u0578\u057E', 43, 1), new Among('\u0565\u0580', -1, 1), new Among('\u0576\u0565\u0580', 45, 1), new Among('\u0581', -1, 1), new Among('\u056B\u0581', 47, 1), new Among('\u057E\u0561\u0576\u056B\u0581', 48, 1), new Among('\u0578\u057B\u056B\u0581', 48, 1), new Among('\u057E\u056B\u0581', 48, 1), new Among('\u0565\u0580\u056B\u0581', 48, 1), new Among('\u0576\u0565\u0580\u056B\u0581', 52, 1), new Among('\u0581\u056B\u0581', 48, 1), new Among('\u0578\u0581', 47, 1), new Among('\u0578\u0582\u0581', 47, 1)];
            }
        }, {
            key: 'g_v',
            get: function get() {
                delete armenianStemmer.g_v;
                return armenianStemmer.g_v = [209, 4, 128, 0, 18];
            }
        }]);

        return armenianStemmer;
    }(SnowballStemmer);
    S.algorithms.armenian = armenianStemmer;
})(cphubSnowball);
