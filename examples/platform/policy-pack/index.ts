// The kubeward CrossGuard pack: every control of the catalog as a Pulumi policy, backed by the
// same engine as `kubeward audit`. Critical and high findings are mandatory (they block
// `pulumi up`), medium and low are advisory. Run it with the example:
//
//   pulumi preview --policy-pack examples/platform/policy-pack
//
// Inside this repository it imports the library source; in your own pack, import from
// 'kubeward/pulumi'.
import { PolicyPack } from '@pulumi/policy';
import { kubewardPolicies } from '../../../lib/pulumi';

new PolicyPack('kubeward', {
  policies: kubewardPolicies(),
});
