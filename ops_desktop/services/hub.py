"""All services over one store, built once by the composition root (app, CLI, self-test)."""

from __future__ import annotations

from dataclasses import dataclass, field

from ops_desktop.domain.law import LawBook, default_lawbook
from ops_desktop.services.accounts import AccountService
from ops_desktop.services.applications import ApplicationService
from ops_desktop.services.assignment import AssignmentService
from ops_desktop.services.audit import AuditService
from ops_desktop.services.backups import BackupService
from ops_desktop.services.care_decisions import CareDecisionService
from ops_desktop.services.care_hours import CareHoursService
from ops_desktop.services.care_providers import CareProvidersService
from ops_desktop.services.care_services import CareServicesService
from ops_desktop.services.care_supervision import CareSupervisionService
from ops_desktop.services.care_supervision_closing import CareSupervisionClosingService
from ops_desktop.services.blue_card import BlueCardService
from ops_desktop.services.blue_card_forms import BlueCardFormsService
from ops_desktop.services.interview_statements import InterviewStatementService
from ops_desktop.services.caseload import CaseloadService
from ops_desktop.services.cases import CaseService
from ops_desktop.services.deadlines import DeadlineService
from ops_desktop.services.decisions import DecisionService
from ops_desktop.services.procedural_acts import ProceduralActService
from ops_desktop.services.exchange import ExchangeService
from ops_desktop.services.appeals import AppealService
from ops_desktop.services.exchange_inbox import ExchangeInboxService
from ops_desktop.services.intake import IntakeService
from ops_desktop.services.key_upkeep import KeyUpkeep
from ops_desktop.services.office import OfficeService
from ops_desktop.services.personal_data import PersonalDataService
from ops_desktop.services.print_centre import PrintCentreService
from ops_desktop.services.payment_register import PaymentRegisterService
from ops_desktop.services.payment_returns import PaymentReturnService
from ops_desktop.services.payments import PaymentService
from ops_desktop.services.recovery_decisions import RecoveryDecisionService
from ops_desktop.services.undue_claims import UndueClaimService
from ops_desktop.services.person_merge import PersonMergeService
from ops_desktop.services.persons import PersonService
from ops_desktop.services.referrals import ReferralService
from ops_desktop.services.contracts import ContractService
from ops_desktop.services.dashboard import DashboardService
from ops_desktop.services.programmes import ProgrammeService
from ops_desktop.services.interviews import InterviewService
from ops_desktop.services.social_work import SocialWorkService
from ops_desktop.services.packages import PackageService
from ops_desktop.services.placements import PlacementService
from ops_desktop.services.shelters import ShelterService
from ops_desktop.services.meals import MealService
from ops_desktop.services.social_work_log import SocialWorkLogService
from ops_desktop.services.adhoc_lists import AdhocListService
from ops_desktop.services.mrpips03 import Mrpips03Service
from ops_desktop.services.statistics import StatisticsService
from ops_desktop.services.care_payments import CarePaymentsService
from ops_desktop.services import unlock_failures
from ops_desktop.storage.database import Database, open_database

@dataclass
class Services:
    db: Database
    office: OfficeService
    persons: PersonService
    person_merge: PersonMergeService
    intake: IntakeService
    referrals: ReferralService
    applications: ApplicationService
    decisions: DecisionService
    deadlines: DeadlineService
    procedural_acts: ProceduralActService
    payments: PaymentService
    payment_returns: PaymentReturnService
    undue_claims: UndueClaimService
    recovery_decisions: RecoveryDecisionService
    payment_register: PaymentRegisterService
    appeals: AppealService
    audit: AuditService
    social_work: SocialWorkService
    social_work_log: SocialWorkLogService
    packages: PackageService
    caseload: CaseloadService
    care_services: CareServicesService
    care_decisions: CareDecisionService
    placements: PlacementService
    shelters: ShelterService
    meals: MealService
    care_providers: CareProvidersService
    care_hours: CareHoursService
    care_supervision: CareSupervisionService
    care_supervision_closing: CareSupervisionClosingService
    blue_cards: BlueCardService
    blue_card_forms: BlueCardFormsService
    interview_statements: InterviewStatementService
    contracts: ContractService
    programmes: ProgrammeService
    interviews: InterviewService
    accounts: AccountService
    personal_data: PersonalDataService
    backups: BackupService
    statistics: StatisticsService
    mrpips03: Mrpips03Service
    adhoc_lists: AdhocListService
    cases: CaseService
    exchange_inbox: ExchangeInboxService
    exchange: ExchangeService
    dashboard: DashboardService
    assignment: AssignmentService
    care_payments: CarePaymentsService
    # The print centre renders through the other services, so it is made after them.
    print_centre: PrintCentreService = field(init=False)

    @classmethod
    def over(cls, db: Database, lawbook: LawBook | None = None) -> Services:
        office = OfficeService(db)
        office.ensure_teams()
        applications = ApplicationService(db, office, lawbook or default_lawbook())
        decisions = DecisionService(db, office, applications)
        care = CareServicesService(db, office, lawbook)
        hub = cls(
            db=db,
            office=office,
            persons=PersonService(db),
            person_merge=PersonMergeService(db),
            intake=IntakeService(db, office),
            referrals=ReferralService(db, office),
            applications=applications,
            decisions=decisions,
            deadlines=DeadlineService(db, office),
            procedural_acts=ProceduralActService(db, office),
            payments=PaymentService(db, office),
            payment_returns=PaymentReturnService(db),
            undue_claims=UndueClaimService(db),
            recovery_decisions=RecoveryDecisionService(db, office),
            payment_register=PaymentRegisterService(db, office),
            appeals=AppealService(db, office, decisions),
            audit=AuditService(db),
            social_work=SocialWorkService(db),
            social_work_log=SocialWorkLogService(db),
            packages=PackageService(db),
            caseload=CaseloadService(db),
            care_services=care,
            care_decisions=CareDecisionService(db, office, care, lawbook),
            placements=PlacementService(db, office, lawbook),
            shelters=ShelterService(db, office),
            meals=MealService(db, office, lawbook),
            care_providers=CareProvidersService(db),
            care_hours=CareHoursService(db),
            care_supervision=CareSupervisionService(db),
            care_supervision_closing=CareSupervisionClosingService(db, office),
            blue_cards=BlueCardService(db),
            blue_card_forms=BlueCardFormsService(db),
            interview_statements=InterviewStatementService(db),
            contracts=ContractService(db),
            programmes=ProgrammeService(db),
            interviews=InterviewService(db),
            accounts=AccountService(db, office),
            personal_data=PersonalDataService(db, office),
            backups=BackupService(db, office),
            statistics=StatisticsService(db),
            mrpips03=Mrpips03Service(db),
            adhoc_lists=AdhocListService(db),
            cases=CaseService(db),
            exchange_inbox=ExchangeInboxService(db),
            exchange=ExchangeService(db),
            dashboard=DashboardService(db),
            assignment=AssignmentService(db),
            care_payments=CarePaymentsService(db),
        )
        hub.print_centre = PrintCentreService(hub)
        return hub

    @classmethod
    def open(cls, url: str, key: bytes | None = None) -> Services:
        """Open (creating and migrating) the store at `url` with every service over it; `key`
        opens an encrypted file (services/store_access.py says where it comes from)."""
        services = cls.over(open_database(url, key=key))
        if key is not None:  # wrong unlocks noted before the store could be opened
            unlock_failures.move_into_log(services.db)
            # Slots that came with the last exchange and did not reach the file (the program
            # stopped between the round and the write) are written now.
            KeyUpkeep(services.db).reconcile_quietly()
        return services

    def check_whole_file(self) -> str | None:
        """The whole-file check a big store skipped at start (storage.database explains);
        None when sound, else SQLite's findings. Meant for a background thread."""
        return self.db.check_whole_file()

    def close(self) -> None:
        self.db.dispose()
