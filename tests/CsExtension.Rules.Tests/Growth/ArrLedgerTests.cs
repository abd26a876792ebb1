using System;
using System.Collections.Generic;
using System.Linq;
using CsCheck;
using CsExtension.Rules.Growth;
using Xunit;

namespace CsExtension.Rules.Tests.Growth
{
    public class ArrLedgerTests
    {
        private static readonly Guid Old = new Guid("00000000-0000-0000-0000-000000000001");
        private static readonly Guid Renewal = new Guid("00000000-0000-0000-0000-000000000002");
        private static readonly Guid Other = new Guid("00000000-0000-0000-0000-000000000003");

        [Theory]
        [InlineData(0, 120000, false, ArrMovementKind.New, 120000)]
        [InlineData(0, 50000, true, ArrMovementKind.Reactivation, 50000)]
        [InlineData(120000, 150000, true, ArrMovementKind.Expansion, 30000)]
        [InlineData(150000, 100000, true, ArrMovementKind.Contraction, -50000)]
        [InlineData(100000, 0, true, ArrMovementKind.Churn, -100000)]
        public void Classifies_a_movement_with_its_signed_amount(int before, int after, bool everHadArr, ArrMovementKind kind, int amount)
        {
            var movement = ArrLedger.Classify(before, after, everHadArr);

            Assert.NotNull(movement);
            Assert.Equal(kind, movement!.Kind);
            Assert.Equal(amount, movement.Amount);
            Assert.Equal(before, movement.Before);
            Assert.Equal(after, movement.After);
        }

        [Fact]
        public void Equal_totals_record_nothing_so_a_replay_writes_nothing()
        {
            Assert.Null(ArrLedger.Classify(120000m, 120000m, true));
            Assert.Null(ArrLedger.Classify(0m, 0m, false));
        }

        [Fact]
        public void A_larger_renewal_activated_while_the_old_contract_is_active_is_one_expansion()
        {
            var before = ArrLedger.AccountArr(new[] { new ArrContract(Old, 100000m) });
            var after = ArrLedger.AccountArr(new[] { new ArrContract(Old, 100000m), new ArrContract(Renewal, 130000m, Old) });

            var movement = ArrLedger.Classify(before, after, true)!;

            Assert.Equal(ArrMovementKind.Expansion, movement.Kind);
            Assert.Equal(30000m, movement.Amount);
        }

        [Fact]
        public void The_old_contract_ending_after_its_renewal_is_active_records_nothing()
        {
            var before = ArrLedger.AccountArr(new[] { new ArrContract(Old, 100000m), new ArrContract(Renewal, 130000m, Old) });
            var after = ArrLedger.AccountArr(new[] { new ArrContract(Renewal, 130000m, Old) });

            Assert.Equal(130000m, before);
            Assert.Null(ArrLedger.Classify(before, after, true));
        }

        [Fact]
        public void The_old_contract_ending_before_its_renewal_is_activated_is_a_churn_then_a_reactivation()
        {
            var churn = ArrLedger.Classify(ArrLedger.AccountArr(new[] { new ArrContract(Old, 100000m) }), ArrLedger.AccountArr(new ArrContract[0]), true)!;
            var back = ArrLedger.Classify(0m, ArrLedger.AccountArr(new[] { new ArrContract(Renewal, 130000m, Old) }), true)!;

            Assert.Equal(ArrMovementKind.Churn, churn.Kind);
            Assert.Equal(ArrMovementKind.Reactivation, back.Kind);
        }

        [Fact]
        public void Other_active_contracts_still_count_beside_a_renewal_pair()
        {
            Assert.Equal(150000m, ArrLedger.AccountArr(new[] { new ArrContract(Old, 100000m), new ArrContract(Renewal, 130000m, Old), new ArrContract(Other, 20000m) }));
        }

        private static readonly Gen<decimal> Arr = Gen.Int[0, 1_000_000].Select(i => (decimal)i);

        [Fact]
        public void Amount_is_after_minus_before_and_the_kind_follows_its_sign()
        {
            Gen.Select(Arr, Arr, Gen.Bool).Sample((before, after, everHadArr) =>
            {
                var movement = ArrLedger.Classify(before, after, everHadArr);
                if (before == after)
                {
                    Assert.Null(movement);
                    return;
                }

                Assert.NotNull(movement);
                Assert.Equal(after - before, movement!.Amount);
                var up = movement.Kind == ArrMovementKind.New || movement.Kind == ArrMovementKind.Reactivation || movement.Kind == ArrMovementKind.Expansion;
                Assert.Equal(after > before, up);
                Assert.Equal(after == 0, movement.Kind == ArrMovementKind.Churn);
            });
        }

        [Fact]
        public void A_sequence_of_totals_gives_movements_that_sum_to_the_final_total()
        {
            Arr.Array[1, 20].Sample(totals =>
            {
                decimal current = 0, sum = 0;
                var everHad = false;
                foreach (var total in totals)
                {
                    var movement = ArrLedger.Classify(current, total, everHad);
                    if (movement != null)
                    {
                        sum += movement.Amount;
                        everHad = true;
                    }

                    current = total;
                }

                Assert.Equal(totals.Last(), sum);
            });
        }

        [Fact]
        public void A_renewal_pair_counts_only_the_renewal_whatever_the_order_of_contracts()
        {
            Gen.Select(Arr, Arr, Arr).Sample((old, renewal, other) =>
            {
                var contracts = new List<ArrContract> { new ArrContract(Old, old), new ArrContract(Renewal, renewal, Old), new ArrContract(Other, other) };
                Assert.Equal(renewal + other, ArrLedger.AccountArr(contracts));
                contracts.Reverse();
                Assert.Equal(renewal + other, ArrLedger.AccountArr(contracts));
            });
        }
    }
}
