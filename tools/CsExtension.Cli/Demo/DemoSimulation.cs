using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using CsExtension.Plugins.Infrastructure;
using CsExtension.Plugins.Schema;
using Dataverse.Emulator;
using Dataverse.Emulator.Metadata;
using Microsoft.Crm.Sdk.Messages;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace CsExtension.Cli.Demo
{
    /// <summary>A synthetic book of business lived month by month in the emulated Dataverse with the real solution's
    /// metadata and every plugin registered from its declarations. Every write goes through the organization service, so
    /// every plugin step fires as in Dataverse; the only clock is the emulator's and the only randomness
    /// <see cref="Random"/> seeded from the options, so the same options give the same outcome.</summary>
    public sealed class DemoSimulation
    {

        private static readonly string[] NameFirst =
        {
            "Sakura", "Fuji", "Kaze", "Midori", "Hikari", "Aozora", "Tsubasa", "Nami", "Hoshi", "Yamato", "Kumo", "Minato",
            "Asahi", "Mirai", "Kawa", "Shiro", "Kogane", "Umi", "Hana", "Daichi", "Tokiwa", "Sora", "Akane", "Izumi",
        };

        private static readonly string[] NameSecond =
        {
            "Logistics", "Foods", "Pharma", "Retail", "Robotics", "Insurance", "Textiles", "Analytics", "Electric", "Travel",
            "Construction", "Securities", "Media", "Motors", "Chemicals", "Software", "Hotels", "Agritech", "Bank", "Telecom",
        };

        private static readonly string[] PeopleGiven = { "Aiko", "Haruto", "Yui", "Sota", "Mei", "Ren", "Hina", "Yuto", "Sakura", "Riku", "Mio", "Kaito", "Emi", "Daiki", "Nana", "Sho" };

        private static readonly string[] PeopleFamily = { "Tanaka", "Suzuki", "Takahashi", "Watanabe", "Ito", "Yamamoto", "Nakamura", "Kobayashi", "Kato", "Yoshida", "Yamada", "Sasaki", "Mori", "Inoue" };

        private static readonly string[] RequestTitles =
        {
            "Export to CSV", "SSO with Okta", "Bulk user import", "Audit log API", "Invoice in Japanese format", "Webhook retries",
            "Custom roles", "Dashboard sharing", "Faster report loading", "Data residency in Japan", "SCIM provisioning",
            "Mobile offline mode", "Approval workflow", "Salesforce connector", "Two-factor enforcement", "Fiscal-year reports",
        };

        private readonly DemoOptions _options;
        private readonly TextWriter _progress;
        private readonly Random _random;
        private readonly DataverseEmulator _emulator;
        private readonly PriorityQueue<Action, (DateTime When, long Sequence)> _events = new();
        private readonly List<Customer> _customers = new();
        private readonly List<(Guid Id, string Name, IOrganizationService Service)> _csms = new();
        private readonly Dictionary<Guid, string> _userNames = new();
        private readonly List<KpiRow> _kpis = new();
        private readonly IOrganizationService _manager;
        private readonly Guid _managerId;
        private long _sequence;
        private long _writes;
        private int _sweeps;
        private int _checkedJobs;
        private readonly List<string> _failedJobs = new();

        private DemoSimulation(DemoOptions options, TextWriter progress)
        {
            _options = options;
            _progress = progress;
            _random = new Random(options.Seed);
            _emulator = new DataverseEmulator(MetadataCatalog.LoadFromSolutionFolder(options.SolutionFolder), new EmulatorClock(options.WarmUpStart))
            {
                // The demo reports how many plugins ran, not what each did: a record per execution would only fill memory.
                KeepExecutionRecords = false,
            };
            _emulator.RegisterDeclarations(typeof(PluginBase).Assembly, options.SolutionFolder);
            _managerId = CreateUser("Kenji Sato");
            _manager = _emulator.CreateService(_managerId);
        }

        private enum Trend
        {
            Steady,
            Expander,
            Churner,
        }

        public static DemoOutcome Run(DemoOptions options, TextWriter progress)
        {
            var simulation = new DemoSimulation(options, progress);
            simulation.SetUp();
            for (var month = 0; month <= options.Months; month++)
            {
                simulation.LiveMonth(month);
            }

            return simulation.Outcome();
        }

        private DateTime MonthStart(int month) => _options.WarmUpStart.AddMonths(month);

        private DateTime Now => _emulator.Clock.UtcNow;

        // ---------------------------------------------------------------- set-up

        private void SetUp()
        {
            var csmCount = Math.Clamp(_options.Accounts / 30, 3, 400);
            var used = new HashSet<string>(StringComparer.Ordinal);
            for (var i = 0; i < csmCount; i++)
            {
                var name = UniqueName(PeopleGiven[_random.Next(PeopleGiven.Length)] + " " + PeopleFamily[_random.Next(PeopleFamily.Length)], used);
                var id = CreateUser(name);
                _csms.Add((id, name, _emulator.CreateService(id)));
            }

            // The product triage team that escalations notify, named in the CS Configuration row.
            var triage = Write(() => _manager.Create(new Entity("team")
            {
                ["name"] = "Product triage",
                ["businessunitid"] = new EntityReference("businessunit", _emulator.RootBusinessUnitId),
            }));
            var members = Enumerable.Range(0, 3)
                .Select(i => new EntityReference("systemuser", CreateUser(UniqueName(PeopleGiven[_random.Next(PeopleGiven.Length)] + " " + PeopleFamily[_random.Next(PeopleFamily.Length)], used))))
                .ToList();
            Write(() => _manager.Associate("team", triage, new Relationship("teammembership_association"), new EntityReferenceCollection(members)));
            Write(() => _manager.Create(new Entity("csx_configuration") { ["csx_name"] = "Default", ["csx_triageteamid"] = new EntityReference("team", triage) }));

            // One SLA policy per priority on the Tokyo calendar: Mon–Fri 09:00–18:00 and the holidays of the period.
            var holidays = JapaneseHolidays.Between(_options.WarmUpStart, MonthStart(_options.Months + 3));
            foreach (var (priority, name, response, resolution) in new[]
            {
                (Choices.Priority.Critical, "Critical", 60, 540 * 1),
                (Choices.Priority.High, "High", 240, 540 * 3),
                (Choices.Priority.Medium, "Medium", 540, 540 * 10),
                (Choices.Priority.Low, "Low", 1080, 540 * 20),
            })
            {
                var policy = Write(() => _manager.Create(new Entity("csx_slapolicy")
                {
                    ["csx_name"] = name + " (Tokyo business hours)",
                    ["csx_priority"] = new OptionSetValue(priority),
                    ["csx_responsetargetminutes"] = response,
                    ["csx_resolutiontargetminutes"] = resolution,
                    ["csx_warningpercent"] = 75,
                    ["csx_workdays"] = new OptionSetValueCollection(Enumerable.Range(0, 5).Select(d => new OptionSetValue(Choices.Weekday.Monday + d)).ToList()),
                    ["csx_daystartminutes"] = 540,
                    ["csx_dayendminutes"] = 1080,
                    ["csx_timezone"] = "Tokyo Standard Time",
                    ["csx_pausestatuses"] = new OptionSetValueCollection(new List<OptionSetValue> { new(Choices.RequestStatus.WaitingForCustomer) }),
                }));
                foreach (var (date, holiday) in holidays)
                {
                    Write(() => _manager.Create(new Entity("csx_slaholiday")
                    {
                        ["csx_name"] = date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + " " + holiday,
                        ["csx_slapolicyid"] = new EntityReference("csx_slapolicy", policy),
                        ["csx_date"] = date,
                    }));
                }
            }

            // The book of business: its figures drawn now, in one order, so a seed always gives the same customers.
            var names = new HashSet<string>(StringComparer.Ordinal);
            for (var i = 0; i < _options.Accounts; i++)
            {
                var tierDraw = _random.NextDouble();
                var tier = tierDraw < 0.15 ? Choices.Tier.HighTouch : tierDraw < 0.50 ? Choices.Tier.MidTouch : Choices.Tier.TechTouch;
                var trendDraw = _random.NextDouble();
                var trend = trendDraw < 0.10 ? Trend.Expander : trendDraw < 0.18 ? Trend.Churner : Trend.Steady;
                var skew = tier == Choices.Tier.HighTouch ? 1.2 : tier == Choices.Tier.MidTouch ? 2.0 : 3.2;
                var seats = 10 + (int)Math.Round(490 * Math.Pow(_random.NextDouble(), skew));
                var perSeat = tier == Choices.Tier.HighTouch ? _random.Next(90, 151) * 10 : tier == Choices.Tier.MidTouch ? _random.Next(60, 111) * 10 : _random.Next(30, 71) * 10;
                var joinMonth = _options.Months >= 1 && _random.NextDouble() < 0.10 ? 1 + _random.Next(_options.Months) : 0;
                var customer = new Customer
                {
                    Name = UniqueName(NameFirst[_random.Next(NameFirst.Length)] + " " + NameSecond[_random.Next(NameSecond.Length)], names),
                    Tier = tier,
                    Trend = trend,
                    Seats = seats,
                    PerSeat = perSeat,
                    Csm = _random.Next(_csms.Count),
                    JoinMonth = joinMonth,
                    Utilisation = joinMonth > 0 ? 0.15 + 0.3 * _random.NextDouble()
                        : trend == Trend.Expander ? 0.78 + 0.12 * _random.NextDouble()
                        : trend == Trend.Churner ? 0.45 + 0.3 * _random.NextDouble()
                        : 0.5 + 0.45 * _random.NextDouble(),
                    Adopted = trend == Trend.Expander ? 7 + _random.Next(3) : 3 + _random.Next(6),
                    ChurnMonth = trend == Trend.Churner ? 2 + _random.Next(_options.Months + 2) : int.MaxValue,
                    SnapshotDay = 1 + _random.Next(26),
                    QbrOffset = _random.Next(6),
                    ContractAgeMonths = _random.Next(12),
                    ContractAgeDays = _random.Next(28),
                };
                _customers.Add(customer);
                if (joinMonth == 0)
                {
                    Onboard(customer, _options.WarmUpStart.AddMonths(-customer.ContractAgeMonths).AddDays(-customer.ContractAgeDays));
                }
            }
        }

        /// <summary>A customer signs: the account, then its first contract, activated (the ledger writes New, onboarding starts).</summary>
        private void Onboard(Customer customer, DateTime contractStart)
        {
            var service = _csms[customer.Csm].Service;
            customer.Id = Write(() => service.Create(new Entity("account")
            {
                ["name"] = customer.Name,
                ["csx_tier"] = new OptionSetValue(customer.Tier),
                ["csx_csmid"] = new EntityReference("systemuser", _csms[customer.Csm].Id),
            }));
            customer.Created = Now;
            customer.Contract = NewContract(customer, contractStart.Date, customer.Seats * (decimal)customer.PerSeat, null);
        }

        private Guid NewContract(Customer customer, DateTime activeOn, decimal arr, Guid? replaces)
        {
            var service = _csms[customer.Csm].Service;
            var contract = new Entity("contract")
            {
                ["title"] = string.Format(CultureInfo.InvariantCulture, "{0} subscription {1:yyyy-MM}", customer.Name, activeOn),
                ["customerid"] = new EntityReference("account", customer.Id),
                ["activeon"] = activeOn,
                ["expireson"] = activeOn.AddMonths(12),
                ["csx_arr"] = new Money(arr),
                ["csx_seats"] = customer.Seats,
            };
            if (replaces.HasValue)
            {
                contract["originatingcontract"] = new EntityReference("contract", replaces.Value);
            }

            var id = Write(() => service.Create(contract));
            SetContractState(customer, id, Choices.ContractState.Active);
            customer.ContractEnd = activeOn.AddMonths(12);
            customer.Arr = arr;
            return id;
        }

        private void SetContractState(Customer customer, Guid contract, int state) =>
            Write(() => _csms[customer.Csm].Service.Execute(new SetStateRequest
            {
                EntityMoniker = new EntityReference("contract", contract),
                State = new OptionSetValue(state),
                Status = new OptionSetValue(-1),
            }));

        // ---------------------------------------------------------------- a month

        private void LiveMonth(int month)
        {
            var first = MonthStart(month);
            var next = MonthStart(month + 1);
            _emulator.Clock.Set(first);
            var executionsBefore = _emulator.ExecutionTotals.Executions;

            foreach (var customer in _customers)
            {
                if (customer.JoinMonth == month && month > 0)
                {
                    var day = BusinessMoment(first.AddDays(_random.Next(20)));
                    At(day, () => Onboard(customer, day.Date));
                    if (_random.NextDouble() < 0.6)
                    {
                        At(BusinessMoment(day.AddDays(18 + _random.Next(8))), () => Meeting(customer, Choices.MeetingType.OnboardingReview));
                    }
                }

                if (customer.JoinMonth > month || customer.Churned)
                {
                    continue;
                }

                PlanMonth(customer, month, first, next);
            }

            if (month > 0)
            {
                PlanUpsellOutcomes(first);
            }

            // The scheduled sweep: every working day at 18:30 in Tokyo (09:30 UTC).
            for (var day = first; day < next; day = day.AddDays(1))
            {
                if (day.DayOfWeek is not DayOfWeek.Saturday and not DayOfWeek.Sunday)
                {
                    At(day.AddHours(9.5), Sweep);
                }
            }

            while (_events.TryPeek(out _, out var priority) && priority.When < next)
            {
                var action = _events.Dequeue();
                _emulator.Clock.Set(priority.When);
                try
                {
                    action();
                }
                catch (System.ServiceModel.FaultException<OrganizationServiceFault> fault)
                {
                    // Dataverse refused a write of the simulation: reported with the failures, the demo goes on.
                    _failedJobs.Add(string.Format(CultureInfo.InvariantCulture, "refused at {0:yyyy-MM-dd HH:mm} ({1}): {2}", priority.When, action.Method.Name, fault.Message));
                }
            }

            _emulator.Clock.Set(next);
            CollectFailedJobs();
            if (month > 0)
            {
                ComputeKpis(first, next.AddDays(-1));
            }

            _progress.WriteLine(string.Format(
                CultureInfo.InvariantCulture, "{0} {1:yyyy-MM}: {2} accounts live, {3} plugin executions, {4} failed system jobs so far",
                month == 0 ? "warm-up" : "month  ", first, _customers.Count(c => c.Created.HasValue && !c.Churned), _emulator.ExecutionTotals.Executions - executionsBefore, _failedJobs.Count));
        }

        private void PlanMonth(Customer customer, int month, DateTime first, DateTime next)
        {
            var draw = _random.NextDouble();

            // Usage moves with the customer's story.
            if (customer.JoinMonth > 0 && month - customer.JoinMonth <= 3)
            {
                customer.Utilisation += 0.08 + 0.15 * draw;
            }
            else if (customer.Trend == Trend.Expander)
            {
                customer.Utilisation += 0.02 + 0.04 * draw;
                customer.Adopted = Math.Min(12, customer.Adopted + (draw < 0.5 ? 1 : 0));
            }
            else if (customer.Trend == Trend.Churner && month >= customer.ChurnMonth - 3)
            {
                customer.Utilisation *= 0.45 + 0.25 * draw;
            }
            else if (customer.DipMonthsLeft > 0)
            {
                // A bad patch (a reorganisation, a competitor's pilot): usage halves for two months, then comes back.
                customer.DipMonthsLeft--;
                customer.Utilisation = customer.DipMonthsLeft == 0 ? customer.UtilisationBeforeDip : customer.Utilisation;
            }
            else if (draw < 0.06)
            {
                customer.UtilisationBeforeDip = customer.Utilisation;
                customer.Utilisation *= 0.35;
                customer.DipMonthsLeft = 2;
            }
            else
            {
                customer.Utilisation += (draw - 0.5) * 0.08;
            }

            customer.Utilisation = Math.Clamp(customer.Utilisation, 0.02, 0.98);

            var snapshotAt = BusinessMoment(first.AddDays(customer.SnapshotDay - 1));
            if (customer.Created is null || snapshotAt > customer.Created)
            {
                var noise = 0.96 + 0.08 * _random.NextDouble();
                var loginsPerUser = 6 + _random.Next(15);
                At(snapshotAt, () => Snapshot(customer, noise, loginsPerUser));
            }

            // Meetings and QBRs at the tier's cadence; a declining customer takes fewer.
            var declining = customer.Trend == Trend.Churner && month >= customer.ChurnMonth - 3;
            var fading = declining ? 0.0 : customer.DipMonthsLeft > 0 ? 0.5 : 1.0;
            var (meetingChance, qbrEvery, qbrChance) = customer.Tier switch
            {
                Choices.Tier.HighTouch => (0.8, 3, 0.85),
                Choices.Tier.MidTouch => (0.45, 6, 0.7),
                _ => (0.08, 0, 0.0),
            };
            if (_random.NextDouble() < meetingChance * fading)
            {
                var type = _random.NextDouble() < 0.1 ? Choices.MeetingType.Escalation : Choices.MeetingType.Regular;
                At(BusinessMoment(first.AddDays(_random.Next(27))), () => Meeting(customer, type));
            }

            if (qbrEvery > 0 && (month + customer.QbrOffset) % qbrEvery == 0 && _random.NextDouble() < qbrChance * fading)
            {
                At(BusinessMoment(first.AddDays(_random.Next(27))), () => Meeting(customer, Choices.MeetingType.Qbr));
            }

            // Customer requests; some go to development with an SLA.
            var requestChance = customer.Tier switch { Choices.Tier.HighTouch => 0.35, Choices.Tier.MidTouch => 0.2, _ => 0.08 } * (declining || customer.DipMonthsLeft > 0 ? 2.5 : 1.0);
            for (var r = 0; r < 2 && _random.NextDouble() < requestChance; r++)
            {
                var opened = BusinessMoment(first.AddDays(_random.Next(27)));
                if (customer.Created is null || opened > customer.Created)
                {
                    PlanRequest(customer, opened, declining || customer.DipMonthsLeft > 0);
                }
            }

            // The contract's end: churners cancel in their month; others renew when it ends.
            if (customer.Trend == Trend.Churner && month == customer.ChurnMonth)
            {
                At(BusinessMoment(first.AddDays(_random.Next(25))), () => Churn(customer));
            }
            else if (customer.ContractEnd >= first && customer.ContractEnd < next && !(customer.Trend == Trend.Churner && customer.ChurnMonth <= month + 1))
            {
                var factor = customer.Trend == Trend.Expander ? 1.1 + 0.3 * _random.NextDouble()
                    : _random.NextDouble() switch { < 0.8 => 1.0, < 0.93 => 1.05 + 0.1 * _random.NextDouble(), _ => 0.8 + 0.1 * _random.NextDouble() };
                At(customer.ContractEnd.Date, () => Renew(customer, factor));
            }
        }

        private void PlanRequest(Customer customer, DateTime opened, bool unhappy)
        {
            var draw = _random.NextDouble() * (unhappy ? 0.3 : 1.0);
            var priority = draw < 0.05 ? Choices.Priority.Critical : draw < 0.25 ? Choices.Priority.High : draw < 0.70 ? Choices.Priority.Medium : Choices.Priority.Low;
            var title = RequestTitles[_random.Next(RequestTitles.Length)];
            var escalate = _random.NextDouble() < priority switch
            {
                Choices.Priority.Critical => 0.9,
                Choices.Priority.High => 0.6,
                Choices.Priority.Medium => 0.3,
                _ => 0.15,
            };
            var (minDays, maxDays) = priority switch
            {
                Choices.Priority.Critical => (0.1, 2.0),
                Choices.Priority.High => (0.5, 6.0),
                Choices.Priority.Medium => (2.0, 30.0),
                _ => (5.0, 60.0),
            };
            var responseHours = 1 + _random.Next(30);
            var resolveAfter = (minDays + (maxDays - minDays) * Math.Pow(_random.NextDouble(), 1.5)) * (unhappy ? 1.8 : 1.0);
            var waits = _random.NextDouble() < 0.12;
            var wontFix = _random.NextDouble() < 0.1;
            var state = new RequestState();
            At(opened, () => state.Id = customer.Created is null ? Guid.Empty : Write(() => _csms[customer.Csm].Service.Create(new Entity("csx_customerrequest")
            {
                ["csx_title"] = title,
                ["csx_description"] = customer.Name + " asks for: " + title,
                ["csx_accountid"] = new EntityReference("account", customer.Id),
                ["csx_priority"] = new OptionSetValue(priority),
            })));
            At(opened.AddHours(2), () => SetRequestStatus(customer, state, Choices.RequestStatus.Triaged));
            if (!escalate)
            {
                At(opened.AddDays(2 + 6 * _random.NextDouble()), () => SetRequestStatus(customer, state, Choices.RequestStatus.Resolved, "Answered by CS: configuration explained."));
                return;
            }

            var escalated = opened.AddHours(4);
            At(escalated, () => SetRequestStatus(customer, state, Choices.RequestStatus.EscalatedToDevelopment));
            At(escalated.AddHours(responseHours), () => SetRequestStatus(customer, state, Choices.RequestStatus.InDevelopment));
            if (waits)
            {
                At(escalated.AddHours(responseHours + 6), () => SetRequestStatus(customer, state, Choices.RequestStatus.WaitingForCustomer));
                At(escalated.AddHours(responseHours + 30), () => SetRequestStatus(customer, state, Choices.RequestStatus.InDevelopment));
            }

            At(escalated.AddDays(resolveAfter).AddHours(waits ? 30 : 0), () => SetRequestStatus(
                customer, state, wontFix ? Choices.RequestStatus.WontFix : Choices.RequestStatus.Resolved,
                wontFix ? "Out of the product's scope; workaround documented." : "Shipped in the monthly release."));
        }

        private void PlanUpsellOutcomes(DateTime first)
        {
            var query = new QueryExpression("opportunity") { ColumnSet = new ColumnSet("parentaccountid", "estimatedvalue", "csx_signaltype") };
            query.Criteria.AddCondition("statecode", ConditionOperator.Equal, Choices.OpportunityState.Open);
            query.Criteria.AddCondition("csx_signaltype", ConditionOperator.NotNull);
            query.AddOrder("createdon", OrderType.Ascending);
            query.AddOrder("opportunityid", OrderType.Ascending);
            var byAccount = _customers.Where(c => c.Created.HasValue).ToDictionary(c => c.Id);
            foreach (var opportunity in RetrieveAll(_manager, query))
            {
                var draw = _random.NextDouble();
                var when = BusinessMoment(first.AddDays(_random.Next(27)));
                if (!byAccount.TryGetValue(opportunity.GetAttributeValue<EntityReference>("parentaccountid").Id, out var customer) || customer.Churned)
                {
                    continue;
                }

                var value = opportunity.GetAttributeValue<Money>("estimatedvalue")?.Value ?? 0m;
                if (draw < 0.3)
                {
                    At(when, () => CloseOpportunity(customer, opportunity.Id, won: true, value));
                }
                else if (draw < 0.42)
                {
                    At(when, () => CloseOpportunity(customer, opportunity.Id, won: false, value));
                }
            }
        }

        // ---------------------------------------------------------------- events

        private void Snapshot(Customer customer, double noise, int loginsPerUser)
        {
            if (customer.Churned || customer.Created is null)
            {
                return;
            }

            var active = Math.Clamp((int)Math.Round(customer.Seats * customer.Utilisation * noise), 0, customer.Seats);
            var end = Now.Date;
            Write(() => _csms[customer.Csm].Service.Create(new Entity("csx_usagesnapshot")
            {
                ["csx_accountid"] = new EntityReference("account", customer.Id),
                ["csx_periodstart"] = end.AddDays(-30),
                ["csx_periodend"] = end,
                ["csx_activeusers"] = active,
                ["csx_licensedseats"] = customer.Seats,
                ["csx_logins"] = customer.Utilisation < 0.08 ? 0 : active * loginsPerUser,
                ["csx_featuresadopted"] = customer.Adopted,
                ["csx_featuresavailable"] = 12,
            }));
        }

        private void Meeting(Customer customer, int type)
        {
            if (customer.Churned || customer.Created is null)
            {
                return;
            }

            var service = _csms[customer.Csm].Service;
            var table = type == Choices.MeetingType.Regular && _random.NextDouble() < 0.3 ? "phonecall" : "appointment";
            var subject = type switch
            {
                Choices.MeetingType.Qbr => "Quarterly business review",
                Choices.MeetingType.OnboardingReview => "Onboarding review",
                Choices.MeetingType.Escalation => "Escalation call",
                _ => "Check-in",
            };
            var meeting = new Entity(table)
            {
                ["subject"] = subject + " with " + customer.Name,
                ["regardingobjectid"] = new EntityReference("account", customer.Id),
                ["csx_meetingtype"] = new OptionSetValue(type),
            };
            if (table == "appointment")
            {
                meeting["scheduledstart"] = Now;
                meeting["scheduledend"] = Now.AddHours(1);
            }

            var id = Write(() => service.Create(meeting));
            Write(() => service.Update(new Entity(table, id)
            {
                ["actualend"] = Now.AddHours(1),
                ["statecode"] = new OptionSetValue(Choices.ActivityState.Completed),
            }));
        }

        private void SetRequestStatus(Customer customer, RequestState request, int status, string? note = null)
        {
            if (request.Id == Guid.Empty || request.Closed)
            {
                return;
            }

            var update = new Entity("csx_customerrequest", request.Id) { ["statuscode"] = new OptionSetValue(status) };
            if (note is not null)
            {
                update["csx_resolutionnote"] = note;
                request.Closed = true;
            }

            Write(() => _csms[customer.Csm].Service.Update(update));
        }

        private void Renew(Customer customer, double factor)
        {
            if (customer.Churned)
            {
                return;
            }

            var old = customer.Contract;
            customer.Seats = Math.Max(5, (int)Math.Round(customer.Seats * factor));
            customer.Contract = NewContract(customer, Now.Date, Math.Round(customer.Arr * (decimal)factor, 0), old);
            SetContractState(customer, old, Choices.ContractState.Expired);
        }

        private void Churn(Customer customer)
        {
            // A new customer planned to churn may not have signed its contract yet: there is nothing to cancel.
            if (customer.Churned || customer.Contract == Guid.Empty)
            {
                return;
            }

            SetContractState(customer, customer.Contract, Choices.ContractState.Canceled);
            customer.Churned = true;
        }

        private void CloseOpportunity(Customer customer, Guid opportunity, bool won, decimal value)
        {
            if (customer.Churned)
            {
                return;
            }

            Write(() => _csms[customer.Csm].Service.Update(new Entity("opportunity", opportunity)
            {
                ["statecode"] = new OptionSetValue(won ? Choices.OpportunityState.Won : Choices.OpportunityState.Lost),
                ["statuscode"] = new OptionSetValue(won ? 3 : 4),
                ["actualclosedate"] = Now.Date,
                ["actualvalue"] = won ? new Money(value) : null,
            }));
            if (won && value > 0)
            {
                // The won upsell lands as more seats on the running contract: the ledger records an Expansion.
                customer.Arr += value;
                customer.Seats += Math.Max(1, (int)Math.Round(value / customer.PerSeat));
                Write(() => _csms[customer.Csm].Service.Update(new Entity("contract", customer.Contract)
                {
                    ["csx_arr"] = new Money(customer.Arr),
                    ["csx_seats"] = customer.Seats,
                }));
            }
        }

        private void Sweep()
        {
            Write(() => _manager.Execute(new OrganizationRequest("csx_Sweep")));
            _sweeps++;
        }

        private void ComputeKpis(DateTime first, DateTime last)
        {
            var response = Write(() => _manager.Execute(new OrganizationRequest("csx_ComputeKpis") { ["PeriodStart"] = first, ["PeriodEnd"] = last }));
            var snapshot = _manager.Retrieve("csx_kpisnapshot", ((EntityReference)response.Results["Snapshot"]).Id, new ColumnSet(true));
            _kpis.Add(new KpiRow(
                first.ToString("yyyy-MM", CultureInfo.InvariantCulture),
                snapshot.GetAttributeValue<int?>("csx_accountsactiveatstart") ?? 0,
                snapshot.GetAttributeValue<int?>("csx_accountschurned") ?? 0,
                snapshot.GetAttributeValue<Money>("csx_arratstart")?.Value ?? 0m,
                snapshot.GetAttributeValue<decimal?>("csx_logochurnrate"),
                snapshot.GetAttributeValue<decimal?>("csx_grr"),
                snapshot.GetAttributeValue<decimal?>("csx_nrr"),
                snapshot.GetAttributeValue<decimal?>("csx_onboardingcompletionrate"),
                snapshot.GetAttributeValue<decimal?>("csx_qbrexecutionrate"),
                snapshot.GetAttributeValue<decimal?>("csx_healthimprovementrate"),
                snapshot.GetAttributeValue<decimal?>("csx_upsellrate"),
                snapshot.GetAttributeValue<decimal?>("csx_slaattainment"),
                snapshot.GetAttributeValue<decimal?>("csx_meetingsperaccount")));
        }

        // ---------------------------------------------------------------- the outcome

        private DemoOutcome Outcome()
        {
            CollectFailedJobs();
            var csmNames = _csms.ToDictionary(c => c.Id, c => c.Name);

            var atRiskQuery = new QueryExpression("account")
            {
                ColumnSet = new ColumnSet("name", "csx_tier", "csx_csmid", "csx_arr", "csx_healthscore", "csx_healthband", "csx_healthtrend", "csx_healthdrivers"),
            };
            atRiskQuery.Criteria.AddCondition("csx_healthband", ConditionOperator.In, Choices.HealthBand.AtRisk, Choices.HealthBand.Critical);
            atRiskQuery.Criteria.AddCondition("csx_arr", ConditionOperator.GreaterThan, 0m);
            atRiskQuery.AddOrder("csx_healthscore", OrderType.Ascending);
            atRiskQuery.AddOrder("name", OrderType.Ascending);
            var atRisk = RetrieveAll(_manager, atRiskQuery).Select(account => new AtRiskRow(
                account.GetAttributeValue<string>("name"),
                Label(account.GetAttributeValue<OptionSetValue>("csx_tier")?.Value),
                account.GetAttributeValue<EntityReference>("csx_csmid") is { } csm && csmNames.TryGetValue(csm.Id, out var csmName) ? csmName : "",
                account.GetAttributeValue<Money>("csx_arr")?.Value ?? 0m,
                account.GetAttributeValue<object>("csx_healthscore") is { } score ? Convert.ToInt32(score, CultureInfo.InvariantCulture) : (int?)null,
                BandLabel(account.GetAttributeValue<OptionSetValue>("csx_healthband")?.Value),
                account.GetAttributeValue<object>("csx_healthtrend") is { } trend ? Convert.ToDecimal(trend, CultureInfo.InvariantCulture) : (decimal?)null,
                account.GetAttributeValue<string>("csx_healthdrivers") ?? "")).ToList();

            var names = _customers.Where(c => c.Created.HasValue).ToDictionary(c => c.Id, c => c.Name);
            var upsellQuery = new QueryExpression("opportunity") { ColumnSet = new ColumnSet("parentaccountid", "csx_signaltype", "estimatedvalue", "statecode", "createdon", "csx_signaldetail") };
            upsellQuery.Criteria.AddCondition("csx_signaltype", ConditionOperator.NotNull);
            upsellQuery.AddOrder("createdon", OrderType.Ascending);
            upsellQuery.AddOrder("opportunityid", OrderType.Ascending);
            var upsell = RetrieveAll(_manager, upsellQuery).Select(opportunity => new UpsellRow(
                names.GetValueOrDefault(opportunity.GetAttributeValue<EntityReference>("parentaccountid").Id, ""),
                SignalLabel(opportunity.GetAttributeValue<OptionSetValue>("csx_signaltype")?.Value),
                opportunity.GetAttributeValue<Money>("estimatedvalue")?.Value ?? 0m,
                opportunity.GetAttributeValue<OptionSetValue>("statecode")?.Value switch { Choices.OpportunityState.Won => "Won", Choices.OpportunityState.Lost => "Lost", _ => "Open" },
                opportunity.GetAttributeValue<DateTime>("createdon"),
                opportunity.GetAttributeValue<string>("csx_signaldetail") ?? "")).ToList();

            var slaQuery = new QueryExpression("csx_customerrequest")
            {
                ColumnSet = new ColumnSet("csx_title", "csx_accountid", "csx_priority", "statuscode", "csx_slastatus", "csx_resolutiondueon", "csx_arrimpact"),
            };
            slaQuery.Criteria.AddCondition("statecode", ConditionOperator.Equal, 0);
            slaQuery.Criteria.AddCondition("csx_escalatedon", ConditionOperator.NotNull);
            slaQuery.AddOrder("csx_resolutiondueon", OrderType.Ascending);
            slaQuery.AddOrder("csx_customerrequestid", OrderType.Ascending);
            var board = RetrieveAll(_manager, slaQuery).Select(request => new SlaRow(
                request.GetAttributeValue<string>("csx_title") ?? "",
                names.GetValueOrDefault(request.GetAttributeValue<EntityReference>("csx_accountid")?.Id ?? Guid.Empty, ""),
                PriorityLabel(request.GetAttributeValue<OptionSetValue>("csx_priority")?.Value),
                StatusLabel(request.GetAttributeValue<OptionSetValue>("statuscode")?.Value),
                SlaLabel(request.GetAttributeValue<OptionSetValue>("csx_slastatus")?.Value),
                request.GetAttributeValue<DateTime?>("csx_resolutiondueon"),
                request.GetAttributeValue<Money>("csx_arrimpact")?.Value ?? 0m)).ToList();

            var totals = new List<(string, long)>
            {
                ("Accounts signed", _customers.Count(c => c.Created.HasValue)),
                ("Accounts churned", _customers.Count(c => c.Churned)),
                ("CSMs", _csms.Count),
                ("Organization-service calls by the demo", _writes),
                ("Plugin executions", _emulator.ExecutionTotals.Executions),
                ("Asynchronous system jobs", _emulator.SystemJobs.Count),
                ("Sweeps (csx_Sweep)", _sweeps),
                ("Usage snapshots", Count("csx_usagesnapshot")),
                ("Completed meetings (appointments, phone calls)", Count("appointment") + Count("phonecall")),
                ("Customer requests", Count("csx_customerrequest")),
                ("ARR movements in the ledger", Count("csx_arrmovement")),
                ("Health history rows", Count("csx_healthscore")),
                ("Accounts Healthy now", Count("account", "csx_healthband", Choices.HealthBand.Healthy)),
                ("Accounts Neutral now", Count("account", "csx_healthband", Choices.HealthBand.Neutral)),
                ("Accounts At risk now", Count("account", "csx_healthband", Choices.HealthBand.AtRisk)),
                ("Accounts Critical now", Count("account", "csx_healthband", Choices.HealthBand.Critical)),
                ("Alert and SLA tasks", Count("task")),
                ("In-app notifications", Count("appnotification")),
            };

            return new DemoOutcome
            {
                Options = _options,
                Emulator = _emulator,
                ManagerId = _managerId,
                Kpis = _kpis,
                AtRisk = atRisk.Take(25).ToList(),
                AtRiskTotal = atRisk.Count,
                Upsell = upsell,
                SlaBoard = board.Take(25).ToList(),
                SlaBoardTotal = board.Count,
                Totals = totals,
                FailedSystemJobs = _failedJobs.Count,
                FailedSystemJobSamples = _failedJobs.Take(5).ToList(),
            };
        }

        /// <summary>Rows of a table (with the column equal to a choice, if given): one aggregate, or, past the 50,000 rows
        /// Dataverse aggregates at most (AggregateQueryRecordLimit, as at 5,000 accounts), their ids read page by page.</summary>
        private long Count(string table, string? column = null, int equals = 0)
        {
            var id = table is "appointment" or "phonecall" or "task" ? "activityid" : table + "id";
            var filter = column is null ? "" : string.Format(CultureInfo.InvariantCulture, "<filter><condition attribute='{0}' operator='eq' value='{1}' /></filter>", column, equals);
            var fetch = string.Format(CultureInfo.InvariantCulture,
                "<fetch aggregate='true'><entity name='{0}'><attribute name='{1}' alias='n' aggregate='count' />{2}</entity></fetch>", table, id, filter);
            try
            {
                var row = _manager.RetrieveMultiple(new FetchExpression(fetch)).Entities.FirstOrDefault();
                return row?.GetAttributeValue<AliasedValue>("n")?.Value is { } value ? Convert.ToInt64(value, CultureInfo.InvariantCulture) : 0;
            }
            catch (System.ServiceModel.FaultException<OrganizationServiceFault> fault) when (fault.Detail.ErrorCode == Dataverse.Emulator.ErrorCodes.AggregateQueryRecordLimit)
            {
                var query = new QueryExpression(table) { ColumnSet = new ColumnSet(id) };
                if (column is not null)
                {
                    query.Criteria.AddCondition(column, ConditionOperator.Equal, equals);
                }

                query.AddOrder(id, OrderType.Ascending);
                // Counted page by page without keeping the rows: at 20,000 accounts the history alone is 280,000 rows.
                var count = 0L;
                query.PageInfo = new PagingInfo { Count = 5000, PageNumber = 1 };
                while (true)
                {
                    var page = _manager.RetrieveMultiple(query);
                    count += page.Entities.Count;
                    if (!page.MoreRecords)
                    {
                        return count;
                    }

                    query.PageInfo.PageNumber++;
                    query.PageInfo.PagingCookie = page.PagingCookie;
                }
            }
        }

        // ---------------------------------------------------------------- helpers

        private static List<Entity> RetrieveAll(IOrganizationService service, QueryExpression query)
        {
            var rows = new List<Entity>();
            query.PageInfo = new PagingInfo { Count = 5000, PageNumber = 1 };
            while (true)
            {
                var page = service.RetrieveMultiple(query);
                rows.AddRange(page.Entities);
                if (!page.MoreRecords)
                {
                    return rows;
                }

                query.PageInfo.PageNumber++;
                query.PageInfo.PagingCookie = page.PagingCookie;
            }
        }

        private void At(DateTime when, Action action) => _events.Enqueue(action, (when < Now ? Now : when, _sequence++));

        /// <summary>The day's working moment: weekends move to Monday; a time between 09:00 and 18:00 in Tokyo.</summary>
        private DateTime BusinessMoment(DateTime day)
        {
            var date = day.Date;
            while (date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday)
            {
                date = date.AddDays(1);
            }

            return DateTime.SpecifyKind(date.AddMinutes(_random.Next(0, 8 * 60)), DateTimeKind.Utc);
        }

        private Guid CreateUser(string name)
        {
            var id = _emulator.CreateUser(name);
            _userNames[id] = name;
            return id;
        }

        private static string UniqueName(string name, HashSet<string> used)
        {
            var candidate = name;
            for (var n = 2; !used.Add(candidate); n++)
            {
                candidate = name + " " + n.ToString(CultureInfo.InvariantCulture);
            }

            return candidate;
        }

        private T Write<T>(Func<T> call)
        {
            _writes++;
            return call();
        }

        private void Write(Action call)
        {
            _writes++;
            call();
        }

        /// <summary>Notes the system jobs that failed since the last look.</summary>
        private void CollectFailedJobs()
        {
            var jobs = _emulator.SystemJobs;
            for (; _checkedJobs < jobs.Count; _checkedJobs++)
            {
                if (!jobs[_checkedJobs].Succeeded)
                {
                    _failedJobs.Add(jobs[_checkedJobs].StepName + ": " + jobs[_checkedJobs].Error?.Message);
                }
            }
        }

        internal static string Label(int? value) => value switch
        {
            Choices.Tier.HighTouch => "High touch",
            Choices.Tier.MidTouch => "Mid touch",
            Choices.Tier.TechTouch => "Tech touch",
            null => "",
            _ => value.Value.ToString(CultureInfo.InvariantCulture),
        };

        private static string BandLabel(int? value) => value switch
        {
            Choices.HealthBand.Healthy => "Healthy",
            Choices.HealthBand.Neutral => "Neutral",
            Choices.HealthBand.AtRisk => "At risk",
            Choices.HealthBand.Critical => "Critical",
            _ => "",
        };

        private static string SignalLabel(int? value) => value switch
        {
            Choices.SignalType.SeatExpansion => "Seat expansion",
            Choices.SignalType.RenewalUpgrade => "Renewal upgrade",
            Choices.SignalType.TierUpgrade => "Tier upgrade",
            _ => "",
        };

        private static string PriorityLabel(int? value) => value switch
        {
            Choices.Priority.Critical => "Critical",
            Choices.Priority.High => "High",
            Choices.Priority.Medium => "Medium",
            Choices.Priority.Low => "Low",
            _ => "",
        };

        private static string StatusLabel(int? value) => value switch
        {
            Choices.RequestStatus.EscalatedToDevelopment => "Escalated",
            Choices.RequestStatus.InDevelopment => "In development",
            Choices.RequestStatus.WaitingForCustomer => "Waiting for customer",
            Choices.RequestStatus.Triaged => "Triaged",
            Choices.RequestStatus.New => "New",
            _ => "",
        };

        private static string SlaLabel(int? value) => value switch
        {
            Choices.SlaStatus.InProgress => "In progress",
            Choices.SlaStatus.NearingBreach => "Nearing breach",
            Choices.SlaStatus.Breached => "Breached",
            Choices.SlaStatus.Paused => "Paused",
            Choices.SlaStatus.Met => "Met",
            _ => "",
        };

        private sealed class Customer
        {
            public Guid Id { get; set; }

            public required string Name { get; init; }

            public int Tier { get; init; }

            public Trend Trend { get; init; }

            public int Seats { get; set; }

            public int PerSeat { get; init; }

            public int Csm { get; init; }

            public int JoinMonth { get; init; }

            public double Utilisation { get; set; }

            public int Adopted { get; set; }

            public int ChurnMonth { get; init; }

            public int SnapshotDay { get; init; }

            public int QbrOffset { get; init; }

            public int ContractAgeMonths { get; init; }

            public int ContractAgeDays { get; init; }

            public DateTime? Created { get; set; }

            public Guid Contract { get; set; }

            public DateTime ContractEnd { get; set; }

            public decimal Arr { get; set; }

            public bool Churned { get; set; }

            public int DipMonthsLeft { get; set; }

            public double UtilisationBeforeDip { get; set; }
        }

        private sealed class RequestState
        {
            public Guid Id { get; set; }

            public bool Closed { get; set; }
        }
    }
}
