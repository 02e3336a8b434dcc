/* snowball-stemmers 0.6.0 (ISC licence: package.json), slovene stemmer; split by tools/split-snowball.js. */
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
    var sloveneStemmer = function (_SnowballStemmer20) {
        _inherits(sloveneStemmer, _SnowballStemmer20);

        function sloveneStemmer() {
            _classCallCheck(this, sloveneStemmer);

            return _possibleConstructorReturn(this, Object.getPrototypeOf(sloveneStemmer).apply(this, arguments));
        }

        _createClass(sloveneStemmer, [{
            key: 'stem$esjava$0',
            value: function stem$esjava$0() {
                var among_var = undefined;
                var v_1 = undefined;
                var v_2 = undefined;
                var v_3 = undefined;
                var v_4 = undefined;
                var v_5 = undefined;
                var v_6 = undefined;
                var v_7 = undefined;
                var v_8 = undefined;
                var v_9 = undefined;
                var v_10 = undefined;
                this.I_p1 = this.current.length();
                this.limit_backward = this.cursor;
                this.cursor = this.limit;
                v_1 = this.limit - this.cursor;

                lab0: do {
                    for (v_2 = 4; v_2 > 0; v_2--) {
                        v_3 = this.limit - this.cursor;

                        lab1: do {
                            if (!(this.I_p1 > 8)) {
                                this.cursor = this.limit - v_3;
                                break lab1;
                            }

                            this.ket = this.cursor;
                            among_var = this.find_among_b$esjava$1(sloveneStemmer.a_0);

                            if (among_var === 0) {
                                this.cursor = this.limit - v_3;
                                break lab1;
                            }

                            this.bra = this.cursor;

                            switch (among_var) {
                                case 0:
                                    this.cursor = this.limit - v_3;
                                    break lab1;

                                case 1:
                                    this.slice_del$esjava$0();
                                    break;
                            }
                        } while (false);

                        v_4 = this.limit - this.cursor;

                        lab2: do {
                            if (!(this.I_p1 > 7)) {
                                this.cursor = this.limit - v_4;
                                break lab2;
                            }

                            this.ket = this.cursor;
                            among_var = this.find_among_b$esjava$1(sloveneStemmer.a_1);

                            if (among_var === 0) {
                                this.cursor = this.limit - v_4;
                                break lab2;
                            }

                            this.bra = this.cursor;

                            switch (among_var) {
                                case 0:
                                    this.cursor = this.limit - v_4;
                                    break lab2;

                                case 1:
                                    this.slice_del$esjava$0();
                                    break;
                            }
                        } while (false);

                        this.I_p1 = this.current.length();
                        v_5 = this.limit - this.cursor;

                        lab3: do {
                            if (!(this.I_p1 > 6)) {
                                this.cursor = this.limit - v_5;
                                break lab3;
                            }

                            this.ket = this.cursor;
                            among_var = this.find_among_b$esjava$1(sloveneStemmer.a_2);

                            if (among_var === 0) {
                                this.cursor = this.limit - v_5;
                                break lab3;
                            }

                            this.bra = this.cursor;

                            switch (among_var) {
                                case 0:
                                    this.cursor = this.limit - v_5;
                                    break lab3;

                                case 1:
                                    this.slice_del$esjava$0();
                                    break;
                            }
                        } while (false);

                        this.I_p1 = this.current.length();
                        v_6 = this.limit - this.cursor;

                        lab4: do {
                            if (!(this.I_p1 > 6)) {
                                this.cursor = this.limit - v_6;
                                break lab4;
                            }

                            this.ket = this.cursor;
                            among_var = this.find_among_b$esjava$1(sloveneStemmer.a_3);

                            if (among_var === 0) {
                                this.cursor = this.limit - v_6;
                                break lab4;
                            }

                            this.bra = this.cursor;

                            switch (among_var) {
                                case 0:
                                    this.cursor = this.limit - v_6;
                                    break lab4;

                                case 1:
                                    this.slice_del$esjava$0();
                                    break;
                            }
                        } while (false);

                        this.I_p1 = this.current.length();
                        v_7 = this.limit - this.cursor;

                        lab5: do {
                            if (!(this.I_p1 > 5)) {
                                this.cursor = this.limit - v_7;
                                break lab5;
                            }

                            this.ket = this.cursor;
                            among_var = this.find_among_b$esjava$1(sloveneStemmer.a_4);

                            if (among_var === 0) {
                                this.cursor = this.limit - v_7;
                                break lab5;
                            }

                            this.bra = this.cursor;

                            switch (among_var) {
                                case 0:
                                    this.cursor = this.limit - v_7;
                                    break lab5;

                                case 1:
                                    this.slice_del$esjava$0();
                                    break;
                            }
                        } while (false);

                        this.I_p1 = this.current.length();
                        v_8 = this.limit - this.cursor;

                        lab6: do {
                            if (!(this.I_p1 > 6)) {
                                this.cursor = this.limit - v_8;
                                break lab6;
                            }

                            this.ket = this.cursor;

                            if (!this.in_grouping_b$esjava$3(sloveneStemmer.g_soglasniki, 98, 382)) {
                                this.cursor = this.limit - v_8;
                                break lab6;
                            }

                            this.bra = this.cursor;
                            v_9 = this.limit - this.cursor;

                            if (!this.in_grouping_b$esjava$3(sloveneStemmer.g_soglasniki, 98, 382)) {
                                this.cursor = this.limit - v_8;
                                break lab6;
                            }

                            this.cursor = this.limit - v_9;
                            this.slice_del$esjava$0();
                        } while (false);

                        this.I_p1 = this.current.length();
                        v_10 = this.limit - this.cursor;

                        lab7: do {
                            if (!(this.I_p1 > 5)) {
                                this.cursor = this.limit - v_10;
                                break lab7;
                            }

                            this.ket = this.cursor;
                            among_var = this.find_among_b$esjava$1(sloveneStemmer.a_5);

                            if (among_var === 0) {
                                this.cursor = this.limit - v_10;
                                break lab7;
                            }

                            this.bra = this.cursor;

                            switch (among_var) {
                                case 0:
                                    this.cursor = this.limit - v_10;
                                    break lab7;

                                case 1:
                                    this.slice_del$esjava$0();
                                    break;
                            }
                        } while (false);
                    }
                } while (false);

                this.cursor = this.limit - v_1;
                this.cursor = this.limit_backward;
                return true;
            }
        }, {
            key: 'stem',
            value: function stem() {
                var _get46;

                for (var _len45 = arguments.length, args = Array(_len45), _key45 = 0; _key45 < _len45; _key45++) {
                    args[_key45] = arguments[_key45];
                }

                switch (args.length) {
                    case 0:
                        return this.stem$esjava$0.apply(this, args);
                }

                return (_get46 = _get(Object.getPrototypeOf(sloveneStemmer.prototype), 'stem', this)).call.apply(_get46, [this].concat(args));
            }
        }, {
            key: 'I_p1',
            get: function get() {
                return Object.prototype.hasOwnProperty.call(this, '_$esjava$I_p1') ? this._$esjava$I_p1 : this._$esjava$I_p1 = 0;
            },
            set: function set(v) {
                this._$esjava$I_p1 = v;
            }
        }], [{
            key: 'a_0',
            get: function get() {
                delete sloveneStemmer.a_0;
                return sloveneStemmer.a_0 = [new Among("anski", -1, 1), new Among("evski", -1, 1), new Among("ovski", -1, 1)];
            }
        }, {
            key: 'a_1',
            get: function get() {
                delete sloveneStemmer.a_1;
                return sloveneStemmer.a_1 = [new Among("stvo", -1, 1), new Among('\u0161tvo', -1, 1)];
            }
        }, {
            key: 'a_2',
            get: function get() {
                delete sloveneStemmer.a_2;
                return sloveneStemmer.a_2 = [new Among("ega", -1, 1), new Among("ija", -1, 1), new Among("ila", -1, 1), new Among("ema", -1, 1), new Among("vna", -1, 1), new Among("ite", -1, 1), new Among("ste", -1, 1), new Among('\u0161\u010De', -1, 1), new Among("ski", -1, 1), new Among('\u0161ki', -1, 1), new Among("iti", -1, 1), new Among("ovi", -1, 1), new Among('\u010Dek', -1, 1), new Among("ovm", -1, 1), new Among('\u010Dan', -1, 1), new Among("len", -1, 1), new Among("ven", -1, 1), new Among('\u0161en', -1, 1), new Among("ejo", -1, 1), new Among("ijo", -1, 1), new Among("ast", -1, 1), new Among("ost", -1, 1)];
            }
        }, {
            key: 'a_3',
            get: function get() {
                delete sloveneStemmer.a_3;
                return sloveneStemmer.a_3 = [new Among("ja", -1, 1), new Among("ka", -1, 1), new Among("ma", -1, 1), new Among("ec", -1, 1), new Among("je", -1, 1), new Among("eg", -1, 1), new Among("eh", -1, 1), new Among("ih", -1, 1), new Among("mi", -1, 1), new Among("ti", -1, 1), new Among("ij", -1, 1), new Among("al", -1, 1), new Among("il", -1, 1), new Among("em", -1, 1), new Among("om", -1, 1), new Among("an", -1, 1), new Among("en", -1, 1), new Among("in", -1, 1), new Among("do", -1, 1), new Among("jo", -1, 1), new Among("ir", -1, 1), new Among("at", -1, 1), new Among("ev", -1, 1), new Among("iv", -1, 1), new Among("ov", -1, 1), new Among('o\u010D', -1, 1)];
            }
        }, {
            key: 'a_4',
            get: function get() {
                delete sloveneStemmer.a_4;
                return sloveneStemmer.a_4 = [new Among("a", -1, 1), new Among("c", -1, 1), new Among("e", -1, 1), new Among("i", -1, 1), new Among("m", -1, 1), new Among("o", -1, 1), new Among("u", -1, 1), new Among('\u0161', -1, 1)];
            }
        }, {
            key: 'a_5',
            get: function get() {
                delete sloveneStemmer.a_5;
                return sloveneStemmer.a_5 = [new Among("a", -1, 1), new Among("e", -1, 1), new Among("i", -1, 1), new Among("o", -1, 1), new Among("u", -1, 1)];
            }
        }, {
            key: 'g_soglasniki',
            get: function get() {
                delete sloveneStemmer.g_soglasniki;
                return sloveneStemmer.g_soglasniki = [119, 95, 23, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 8, 0, 0, 0, 0, 0, 0, 0, 0, 0, 128, 0, 0, 0, 16];
            }
        }]);

        return sloveneStemmer;
    }(SnowballStemmer);
    S.algorithms.slovene = sloveneStemmer;
})(cphubSnowball);
