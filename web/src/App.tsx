import { QueryClientProvider } from '@tanstack/react-query';
import { lazy, useState, type ReactNode } from 'react';
import { BrowserRouter, Navigate, Route, Routes, useLocation } from 'react-router-dom';
import { AuthProvider, useAuth, type AuthConfig } from './auth/AuthContext';
import { ROLE_HOME } from './auth/session';
import { LoginPage } from './auth/LoginPage';
import { Layout } from './Layout';
import { AccessibilityStatement, type AccessibilityContact } from './screens/about/AccessibilityStatement';
import { createQueryClient } from './api/queryClient';

// Each role's screens load when first opened (one chunk per role, vite.config.ts): an AV never downloads
// the management dashboard, and the first page needs only the shell.
const AvHome = lazy(() => import('./screens/av/AvHome').then((m) => ({ default: m.AvHome })));
const EligibilityAndReferral = lazy(() =>
  import('./screens/av/EligibilityAndReferral').then((m) => ({ default: m.EligibilityAndReferral })),
);
const NonReferrals = lazy(() => import('./screens/av/NonReferrals').then((m) => ({ default: m.NonReferrals })));
const FmHome = lazy(() => import('./screens/fm/FmHome').then((m) => ({ default: m.FmHome })));
const CaseFile = lazy(() => import('./screens/fm/CaseFile').then((m) => ({ default: m.CaseFile })));
const TeamLead = lazy(() => import('./screens/tl/TeamLead').then((m) => ({ default: m.TeamLead })));
const ManagementDashboard = lazy(() =>
  import('./screens/management/ManagementDashboard').then((m) => ({ default: m.ManagementDashboard })),
);
const PolicyAdmin = lazy(() => import('./screens/admin/PolicyAdmin').then((m) => ({ default: m.PolicyAdmin })));
const PartnerHome = lazy(() => import('./screens/partner/PartnerHome').then((m) => ({ default: m.PartnerHome })));
const PartnerReferral = lazy(() =>
  import('./screens/partner/PartnerReferral').then((m) => ({ default: m.PartnerReferral })),
);
const JobcenterAdmin = lazy(() =>
  import('./screens/admin/JobcenterAdmin').then((m) => ({ default: m.JobcenterAdmin })),
);

function Home() {
  const { session, logout } = useAuth();
  // signed in on the sign-in page: back to where the session had ended (ToSignIn), else to the role's start page
  const from = (useLocation().state as { from?: string } | null)?.from;
  if (!session) return <Navigate to="/anmeldung" replace />;
  // a staff role first; a partner agency's account (role PARTNER, claim partnerId) has the partner portal
  const role = session.roles.find((r) => r !== 'PARTNER') ?? session.roles[0];
  if (!role) {
    // a token with none of Lotse's roles has no screens
    return (
      <main id="main" className="login">
        <h1>Lotse</h1>
        <div className="alert alert--info" role="status">
          Für Ihr Konto ist in Lotse keine Rolle freigeschaltet. Bitte wenden Sie sich an die Administration Ihres
          Jobcenters.
        </div>
        <button type="button" className="button" onClick={() => logout()}>
          Abmelden
        </button>
      </main>
    );
  }
  return <Navigate to={from ?? ROLE_HOME[role]} replace />;
}

/** Signed out on a page of the app: to the sign-in, which returns here afterwards. */
function ToSignIn() {
  const location = useLocation();
  const from = `${location.pathname}${location.search}${location.hash}`;
  return <Navigate to="/anmeldung" replace state={{ from }} />;
}

function Routed({ accessibility }: { accessibility: AccessibilityContact }) {
  const { session } = useAuth();
  if (!session) {
    return (
      <Routes>
        <Route path="/anmeldung/*" element={<LoginPage />} />
        <Route path="/barrierefreiheit" element={<AccessibilityStatement contact={accessibility} standalone />} />
        <Route path="*" element={<ToSignIn />} />
      </Routes>
    );
  }
  return (
    <Routes>
      <Route path="/" element={<Home />} />
      <Route path="/anmeldung/*" element={<Home />} />
      <Route element={<Layout />}>
        <Route path="/av" element={<AvHome />} />
        <Route path="/av/zugangspruefung" element={<EligibilityAndReferral />} />
        <Route path="/av/nichtvormerkungen" element={<NonReferrals />} />
        <Route path="/fm" element={<FmHome />} />
        <Route path="/faelle/:caseId/*" element={<CaseFile />} />
        <Route path="/tl" element={<TeamLead />} />
        <Route path="/steuerung" element={<ManagementDashboard />} />
        <Route path="/admin" element={<PolicyAdmin />} />
        <Route path="/admin/jobcenter" element={<JobcenterAdmin />} />
        <Route path="/partner" element={<PartnerHome />} />
        <Route path="/partner/ueberweisungen/:referralId" element={<PartnerReferral />} />
        <Route
          path="/barrierefreiheit"
          element={<AccessibilityStatement contact={accessibility} standalone={false} />}
        />
        <Route path="*" element={<p>Diese Seite gibt es nicht.</p>} />
      </Route>
    </Routes>
  );
}

/**
 * The data cache of one user: a new one at every sign-in and sign-out (Signed keys it by the user), so no screen ever
 * shows what the previous user of this browser tab loaded; the old one's answers are dropped with it. A renewed
 * token of the same user keeps it (and the screens with what was typed into them).
 */
function UserCache({ children }: { children: ReactNode }) {
  const [client] = useState(createQueryClient);
  return <QueryClientProvider client={client}>{children}</QueryClientProvider>;
}

function Signed({ accessibility }: { accessibility: AccessibilityContact }) {
  const { session } = useAuth();
  return (
    <UserCache key={session?.subject ?? ''}>
      <Routed accessibility={accessibility} />
    </UserCache>
  );
}

export function App({ config, accessibility }: { config: AuthConfig; accessibility: AccessibilityContact }) {
  return (
    <BrowserRouter>
      <AuthProvider config={config}>
        <Signed accessibility={accessibility} />
      </AuthProvider>
    </BrowserRouter>
  );
}
